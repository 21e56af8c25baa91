/**
 * The age key source (sops age/keysource.go): the data key is encrypted to one recipient per `enc`
 * entry, as an ASCII-armored age file (typage's armor output is byte-compatible with Go's).
 */
import { type Identity } from 'age-encryption';
/** An age identity: an `AGE-SECRET-KEY-1…` string, or an object such as an SSH ed25519 key. */
export type AgeIdentity = string | Identity;
/** True when `s` is a recipient sealgate can encrypt to: `age1…`, `age1pq1…` or `ssh-ed25519 AAAA…`. */
export declare function isAgeRecipient(s: string): boolean;
/**
 * Encrypts the data key to one recipient.
 * @returns the armored age file, with its final newline, as sops stores it in `enc`.
 * @throws SealgateError('INPUT') when `recipient` is not an age recipient typage can use.
 */
export declare function wrapDataKey(dataKey: Uint8Array, recipient: string): Promise<string>;
/**
 * Decrypts an `enc` entry with the first identity that fits.
 * @returns the data key, or undefined when none of `identities` is a recipient of it (or it is malformed).
 */
export declare function unwrapDataKey(enc: string, identities: readonly AgeIdentity[]): Promise<Uint8Array | undefined>;
/**
 * Checks an identity string.
 * @returns true when typage accepts it as an age identity.
 */
export declare function isAgeIdentity(s: string): boolean;
