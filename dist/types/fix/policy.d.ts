import type { Config } from '../config/config.js';
import type { SealedSecretScope } from '../parse/sealed-secret.js';
import type { Selector } from '../parse/sops/selector.js';
import type { KeyPolicy } from '../scanners/scanner.js';
import { type SealingKey } from '../sealers/kubeseal/cert.js';
import { type CommandRunner } from '../sealers/kubeseal/cert-source.js';
/** A catch-all rule from the command line (`sealgate fix --cert CERT` or `--age R`), tried after the config's. */
export interface FallbackRule {
    cert?: string;
    age?: string[];
    scope?: SealedSecretScope;
}
export interface SealPolicyOptions {
    /** The directory rule globs are matched from: the repository root, or the cwd outside a repository. */
    baseDir: string;
    /** The command's directory: `.sops.yaml` is found from here upwards, as sops finds it; `--cert` is relative to it. */
    cwd: string;
    env: Record<string, string | undefined>;
    /**
     * True (fix): certificates given as URLs or fetched from a controller are loaded when a rule is first used.
     * False (scan): only local certificate files are read; other rules are checked against their `certSha256` pins.
     */
    network: boolean;
    fallback?: FallbackRule;
    now?: Date;
    /** Runs kubectl (tests pass a fake). */
    runner?: CommandRunner;
}
/** What to encrypt a file with under a `sops` rule. */
export interface SopsKeys {
    keyGroups: string[][];
    selector?: Selector;
    shamirThreshold?: number;
    macOnlyEncrypted: boolean;
    /** Where the recipients come from, for the user: `seal[1] (.sealgate.yaml:7)` or `.sops.yaml:3`. */
    source: string;
}
/** One rule of the policy, resolved. */
export interface ResolvedSealRule {
    method: 'sealed-secrets' | 'sops';
    path: string;
    /** `seal[0] (.sealgate.yaml:4)`, or `--cert`/`--age` for the command-line rule. */
    where: string;
    scope?: SealedSecretScope;
    /** sealed-secrets: the certificate's name as configured (path, URL or `controller ns/name`). */
    certName?: string;
    /** sops: the age recipients the rule names itself (else `.sops.yaml` decides per file). */
    recipients?: string[];
    /** sealed-secrets: fingerprints known without the network (the local certificate file's, and the pins). */
    fingerprints: string[];
    /**
     * sealed-secrets: the key to seal with (fetched or read once).
     * @throws SealgateError('CONFIG') at the rule when the certificate cannot be had, is expired, or does not match a pin.
     */
    sealingKey(): Promise<SealingKey>;
    /**
     * sops: the recipients and settings for the file at `absPath`.
     * @throws SealgateError('CONFIG') when `.sops.yaml` has no usable rule for it.
     */
    sopsKeys(absPath: string): SopsKeys;
}
export interface SealPolicy {
    rules: ResolvedSealRule[];
    /** The rule for a repository-relative path, or undefined when none matches. */
    ruleFor(path: string): ResolvedSealRule | undefined;
    /** The policy as data for the `key-separation` scanner. */
    keyPolicy(): KeyPolicy;
}
/**
 * Resolves `config.seal` (plus the command-line fallback).
 * @throws SealgateError('CONFIG') naming the config file and the rule's line: an unreadable, invalid or
 *   expired certificate, a recipient that is not an age recipient, a `sops` rule without recipients and
 *   no `.sops.yaml`.
 */
export declare function resolveSealPolicy(config: Config, options: SealPolicyOptions): Promise<SealPolicy>;
