import { type SopsMetadata } from '../../parse/sops/metadata.js';
import { type Selector } from '../../parse/sops/selector.js';
import { type AgeIdentity } from './age.js';
import { type SopsFormat } from './stores/index.js';
import { type Branch, type Value } from './values.js';
/** The Kubernetes idiom: only `data`/`stringData` are encrypted, so the file still applies with kubectl. */
export declare const KUBERNETES_SELECTOR: Selector;
export interface SopsEncryptOptions {
    /** Format of the input (and of the output unless `outputFormat`). */
    format: SopsFormat;
    outputFormat?: SopsFormat;
    /** age recipients per key group; one group is the normal case, several use Shamir secret sharing. */
    keyGroups: string[][];
    /** Shares needed to recover the data key with several groups (default: all). */
    shamirThreshold?: number;
    /**
     * Which values to encrypt. Default: `encrypted_regex: ^(data|stringData)$` when the file holds a
     * Kubernetes Secret, else `unencrypted_suffix: _unencrypted`. Ignored for binary files.
     */
    selector?: Selector;
    macOnlyEncrypted?: boolean;
    /** Clock for `lastmodified` (tests). */
    now?: Date;
}
export interface SopsEncryptResult {
    output: string;
    /** The selector used and why: given, or the Kubernetes or general default. */
    selector: Selector;
    selectorSource: 'given' | 'kubernetes-default' | 'default';
}
export interface SopsDecryptOptions {
    format: SopsFormat;
    outputFormat?: SopsFormat;
    /** age identities (`AGE-SECRET-KEY-1…` strings or SSH ed25519 key objects). */
    identities: readonly AgeIdentity[];
    /** Skip the MAC check (`--ignore-mac`): for recovering a damaged file only. */
    ignoreMac?: boolean;
    /** sops' `--extract` path, e.g. `["data"]["password"]`. */
    extract?: string;
}
/** True when a document is a Kubernetes Secret (`kind: Secret`). */
export declare function holdsKubernetesSecret(docs: readonly Branch[]): boolean;
/**
 * Encrypts a plaintext file.
 * @throws SealgateError('INPUT') for unparseable input, an already encrypted file or a bad selector;
 * ('USAGE') when there are no recipients.
 */
export declare function encryptSops(input: Uint8Array, options: SopsEncryptOptions): Promise<SopsEncryptResult>;
interface OpenedFile {
    docs: Branch[];
    metadata: SopsMetadata;
}
/**
 * Splits an encrypted file into its documents and metadata.
 * @throws SealgateError('INPUT') when the file has no (or invalid) SOPS metadata.
 */
export declare function openSops(input: Uint8Array, format: SopsFormat): OpenedFile;
/**
 * Recovers the data key: per key group the first age key an identity opens; several groups are
 * combined with Shamir once the threshold is reached.
 * @throws SealgateError('CRYPTO') when no identity opens enough groups.
 */
export declare function recoverDataKey(metadata: SopsMetadata, identities: readonly AgeIdentity[]): Promise<Uint8Array>;
/**
 * Decrypts and checks the MAC: the documents in plaintext and the data key.
 * @throws SealgateError('CRYPTO') on a MAC mismatch, a missing MAC, an undecryptable value or data key.
 */
export declare function decryptSopsTree(opened: OpenedFile, identities: readonly AgeIdentity[], ignoreMac?: boolean): Promise<{
    docs: Branch[];
    dataKey: Uint8Array;
}>;
/**
 * Decrypts a file.
 * @returns the plaintext in the output format (raw bytes for binary).
 * @throws SealgateError as {@link decryptSopsTree}, and ('INPUT') for a bad `extract` path.
 */
export declare function decryptSops(input: Uint8Array, options: SopsDecryptOptions): Promise<string | Uint8Array>;
/** Follows a sops `--extract` path (`["a"][0]["b"]`) into a document. */
export declare function extract(doc: Branch, path: string): Value;
/**
 * Rotates the data key: checks the MAC, generates a new key, re-encrypts every value and re-wraps the
 * key for the same recipients. `version` is kept (sops rotate does not change it).
 * @throws SealgateError as {@link decryptSopsTree}; ('CRYPTO') when the file has non-age keys.
 */
export declare function rotateSops(input: Uint8Array, options: {
    format: SopsFormat;
    identities: readonly AgeIdentity[];
    now?: Date;
}): Promise<string>;
export interface UpdateKeysResult {
    changed: boolean;
    added: string[];
    removed: string[];
    /** The rewritten file when `changed`. */
    output?: string;
}
/**
 * Replaces the file's recipients with `keyGroups`, re-wrapping the same data key: values, MAC,
 * `lastmodified` and `version` are unchanged (sops updatekeys; no MAC check, as sops).
 * @throws SealgateError('CRYPTO') when no identity opens the data key.
 */
export declare function updateSopsKeys(input: Uint8Array, options: {
    format: SopsFormat;
    identities: readonly AgeIdentity[];
    keyGroups: string[][];
    shamirThreshold?: number;
}): Promise<UpdateKeysResult>;
/**
 * sops filestatus: encrypted when the file has valid metadata with a MAC and a version.
 * @throws SealgateError('INPUT') when the file has a `sops` block that is broken, or cannot be parsed.
 */
export declare function sopsFileStatus(input: Uint8Array, format: SopsFormat): {
    encrypted: boolean;
};
/** What {@link verifySops} found (the scanner's `SopsVerifyResult`). */
export type SopsVerifyOutcome = 'verified' | 'mismatch' | 'no-identity' | 'not-sops';
/**
 * Checks a file's MAC without returning any plaintext: `mismatch` when a value or the MAC fails
 * authentication or the MAC is missing, `no-identity` when no identity opens the data key.
 */
export declare function verifySops(input: Uint8Array, format: SopsFormat, identities: readonly AgeIdentity[]): Promise<SopsVerifyOutcome>;
export {};
