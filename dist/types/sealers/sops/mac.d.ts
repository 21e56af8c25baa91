export declare class MacHasher {
    #private;
    constructor(macOnlyEncrypted: boolean);
    add(bytes: Uint8Array): void;
    /** The MAC string as sops writes it (`%X` of the digest). */
    digest(): string;
}
/** Go's `time.Now().UTC().Format(time.RFC3339)`. */
export declare function rfc3339Now(now?: Date): string;
/** Encrypts the MAC string for the metadata's `mac` field. */
export declare function encryptMac(mac: string, key: Uint8Array, lastModified: string): string;
/**
 * Decrypts the stored MAC.
 * @returns the MAC string, '' when the file has none, or undefined when it cannot be decrypted
 * (wrong key, edited `lastmodified`, or tampered ciphertext).
 */
export declare function decryptMac(stored: string, key: Uint8Array, lastModified: string): string | undefined;
