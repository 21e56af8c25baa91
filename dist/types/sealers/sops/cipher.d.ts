/** The additional data for a value at `path` (mapping keys only): `a:b:`, always with the trailing colon. */
export declare function pathAad(path: readonly string[]): string;
/**
 * Encrypts `plaintext` into `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]`. An empty plaintext stays `''`
 * (sops stores empty strings unencrypted).
 */
export declare function encryptValue(plaintext: Uint8Array, type: string, key: Uint8Array, aad: string, iv?: Uint8Array): string;
export type DecryptResult = {
    ok: true;
    bytes: Uint8Array;
    type: string;
} | {
    ok: false;
    reason: 'not-encrypted' | 'malformed' | 'auth';
};
/**
 * Decrypts an `ENC[…]` value. `''` decrypts to `''` (type `str`).
 * @returns `auth` when the key, the additional data or the ciphertext is wrong (GCM tag mismatch).
 */
export declare function decryptValue(value: string, key: Uint8Array, aad: string): DecryptResult;
