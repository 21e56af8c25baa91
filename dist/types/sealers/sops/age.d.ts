/** True when `s` is an age recipient sealgate can encrypt to. */
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
export declare function unwrapDataKey(enc: string, identities: readonly string[]): Promise<Uint8Array | undefined>;
/**
 * Checks an identity string.
 * @returns true when typage accepts it as an age identity.
 */
export declare function isAgeIdentity(s: string): boolean;
