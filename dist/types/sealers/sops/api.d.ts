/**
 * The library's SOPS functions: thin, typed wrappers over sops-file.ts that accept text or bytes.
 * Everything throws SealgateError (code INPUT, USAGE or CRYPTO) with a message that never holds a secret.
 */
import type { Selector } from '../../parse/sops/selector.js';
import { type SopsVerifyOutcome, type UpdateKeysResult } from './sops-file.js';
import type { AgeIdentity } from './age.js';
import { type SopsFormat } from './stores/index.js';
export interface EncryptOptions {
    /** yaml, json, dotenv, ini or binary. */
    format: SopsFormat;
    /** Format to write (default: `format`). */
    outputFormat?: SopsFormat;
    /** age recipients (`age1…`): one key group. */
    recipients?: string[];
    /** Several key groups (Shamir): each group's recipients. Overrides `recipients`. */
    keyGroups?: string[][];
    /** Groups needed to decrypt when there are several (default: all). */
    shamirThreshold?: number;
    /**
     * Which values to encrypt (one of sops' six selectors; regexes in Go RE2 syntax). Default:
     * `encrypted_regex ^(data|stringData)$` for a Kubernetes Secret, else `unencrypted_suffix _unencrypted`.
     */
    selector?: Selector;
    /** The MAC covers only the encrypted values. */
    macOnlyEncrypted?: boolean;
}
/**
 * Encrypts a plaintext file with SOPS and age, as `sops encrypt` would.
 * @returns the encrypted file's text.
 * @throws SealgateError('INPUT') for unparseable or already encrypted input or an untranslatable selector,
 * ('USAGE') without recipients or for an invalid recipient.
 */
export declare function encrypt(input: string | Uint8Array, options: EncryptOptions): Promise<string>;
export interface DecryptOptions {
    format: SopsFormat;
    outputFormat?: SopsFormat;
    /** age identities (`AGE-SECRET-KEY-1…` or SSH ed25519 keys); see `loadAgeIdentities` for sops' discovery rules. */
    identities: readonly AgeIdentity[];
    /** Skip the MAC check: only for recovering a damaged file. */
    ignoreMac?: boolean;
    /** One value, by sops' `--extract` path (`["data"]["password"]`). */
    extract?: string;
}
/**
 * Decrypts a SOPS file and checks its MAC, as `sops decrypt` would.
 * @returns the plaintext (raw bytes for the binary format).
 * @throws SealgateError('CRYPTO') on a MAC mismatch, a tampered value, or when no identity opens the data key.
 */
export declare function decrypt(input: string | Uint8Array, options: DecryptOptions): Promise<string | Uint8Array>;
/**
 * Re-encrypts every value with a new data key for the same recipients (after checking the MAC).
 * @returns the new file's text.
 * @throws SealgateError('CRYPTO') as {@link decrypt}, or when the file has non-age keys.
 */
export declare function rotate(input: string | Uint8Array, options: {
    format: SopsFormat;
    identities: readonly AgeIdentity[];
}): Promise<string>;
/**
 * Replaces the recipients, re-wrapping the same data key; values, MAC and `lastmodified` are unchanged.
 * @returns what changed, and the new text when something did.
 * @throws SealgateError('CRYPTO') when no identity opens the data key.
 */
export declare function updateKeys(input: string | Uint8Array, options: {
    format: SopsFormat;
    identities: readonly AgeIdentity[];
    recipients?: string[];
    keyGroups?: string[][];
    shamirThreshold?: number;
}): Promise<UpdateKeysResult>;
/**
 * Like `sops filestatus`.
 * @returns `{encrypted: true}` when the file has valid SOPS metadata with a MAC and a version.
 * @throws SealgateError('INPUT') for a broken `sops` block.
 */
export declare function sopsStatus(input: string | Uint8Array, format: SopsFormat): {
    encrypted: boolean;
};
/**
 * A MAC checker for `scan({ sopsVerify })`: with it, SOPS files that fail their MAC are reported.
 * @returns a function that never returns plaintext, only the verdict.
 */
export declare function sopsMacVerifier(identities: readonly AgeIdentity[]): (file: {
    path: string;
    content: string;
}) => Promise<SopsVerifyOutcome>;
