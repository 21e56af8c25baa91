import type { Detection, RuleMeta } from '../findings/finding.js';
import type { ParsedFile } from '../parse/types.js';
import type { ScanTarget } from '../target.js';
export interface ScannerOptions {
    /** Run the governance (`policy`) checks too; off in a plain scan so the commit hook stays about leaks. */
    policy: boolean;
    /** How deep to decode base64/hex/percent text looking for credentials. */
    decodeDepth: number;
    /**
     * Checks a SOPS file's MAC with identities the caller holds (the CLI builds it from SOPS_AGE_KEY… in
     * its env). Scanners may not import the sealers, so the crypto comes in through here; without it the
     * SOPS scanner checks structure only.
     */
    sopsVerify?: SopsVerifier;
    /**
     * The `seal:` policy resolved to keys (certificate fingerprints, age recipients per path glob), for the
     * `key-separation` check; without it the check is off. Plain data: the caller loads the certificates.
     */
    keyPolicy?: KeyPolicy;
}
/** Which keys protect secrets where: the `seal:` policy as data (see `resolveSealPolicy`). */
export interface KeyPolicy {
    /** In order; the first whose `path` glob matches a repository-relative path applies. */
    rules: KeyPolicyRule[];
    /** `.sops.yaml` creation rules, for `sops` rules that name no recipients of their own. */
    sopsConfig?: SopsCreationRules;
}
export interface KeyPolicyRule {
    /** micromatch glob of repository-relative paths. */
    path: string;
    method: 'sealed-secrets' | 'sops';
    /** Where the rule is written, for messages: `.sealgate.yaml:12`. */
    where: string;
    /** sealed-secrets: the public-key SHA-256 fingerprints a SealedSecret here may record; empty: not checked. */
    certSha256: string[];
    /** sealed-secrets: the certificate's name for messages (a path, URL or controller). */
    cert?: string;
    /** sops: the age recipients a SOPS file here must have; undefined: the `.sops.yaml` rule for the file decides. */
    recipients?: string[];
}
/** `.sops.yaml` as data: the path sops matches `path_regex` against is relative to `dir`. */
export interface SopsCreationRules {
    /** Repository-relative path of the `.sops.yaml`, for messages. */
    file: string;
    /** Repository-relative directory of the `.sops.yaml` ('' for the root). */
    dir: string;
    rules: {
        pathRegex: string | undefined;
        recipients: string[];
        line: number;
    }[];
}
/**
 * `verified`: the MAC matches; `mismatch`: a value or the MAC fails authentication (tampered or
 * hand-edited); `no-identity`: none of the identities opens the data key; `not-sops`: no SOPS metadata.
 */
export type SopsVerifyResult = 'verified' | 'mismatch' | 'no-identity' | 'not-sops';
export type SopsVerifier = (file: {
    path: string;
    content: string;
}) => Promise<SopsVerifyResult>;
/** What a scanner sees for one target. */
export interface ScanInput {
    target: ScanTarget;
    /** The file parsed as YAML/JSON manifests, computed once and shared by all scanners. */
    parsed(): ParsedFile;
    /**
     * The text of another file at the same version as the target (working tree, index or commit), by
     * repo-relative path; `undefined` when it does not exist. Used e.g. for kustomize `envs`/`files`.
     */
    readFile(path: string): Promise<string | undefined>;
    options: ScannerOptions;
}
/**
 * A scanner finds detections in one target. Contract: a file that is not its business yields `[]`;
 * a file that is, but malformed, yields a detection or is left to the parse diagnostics; it never throws
 * on content (a throw is an internal error and fails the scan closed).
 */
export interface Scanner {
    readonly id: string;
    readonly rules: readonly RuleMeta[];
    scan(input: ScanInput): Detection[] | Promise<Detection[]>;
}
/** A detection from a whole-repository check, with the file it belongs to. */
export interface FileDetection {
    /** Repo-relative path of the file the detection points into. */
    file: string;
    detection: Detection;
}
/** When a value last changed in Git: `commit` is undefined for a change not committed yet. */
export interface ValueChange {
    /** ISO 8601 author date of the commit (or the scan time for an uncommitted change). */
    date: string;
    commit?: string;
}
/** What the pipeline hands a repository check once every file has been collected. */
export interface RepoContext {
    /** The time ages are measured against (injectable for tests). */
    now: Date;
    /** `governance.maxSecretAgeDays` from the config. */
    maxSecretAgeDays: number;
    /**
     * When each sealed value last changed, by file then by value id (see `sealedValueIds` in
     * scanners/policy/sealed-values.ts); absent when there is no Git history (outside a repository).
     */
    valueDates?: ReadonlyMap<string, ReadonlyMap<string, ValueChange>>;
}
/**
 * A check over the whole repository, for rules that need context from other files (a ServiceAccount
 * defined elsewhere, bindings to roles elsewhere, counts across the repo). `collect` sees every file —
 * in a partial scan such as `--staged`, also the unchanged files around the change, for context — and
 * `finish` runs once at the end, returning detections for the files they belong to (the pipeline then
 * keeps only those in documents the change touched). Instances hold state: one per scan. Neither method
 * throws on content.
 */
export interface RepoScanner {
    readonly id: string;
    readonly rules: readonly RuleMeta[];
    collect(input: ScanInput): void;
    finish(context: RepoContext): FileDetection[];
}
