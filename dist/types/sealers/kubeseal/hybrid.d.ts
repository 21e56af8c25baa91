import { type KeyObject } from 'node:crypto';
/**
 * Seals one value as sealed-secrets' `HybridEncrypt` does: a random AES-256 key encrypts `plaintext` with
 * GCM (zero nonce, no AAD) and is wrapped with RSA-OAEP (SHA-256, MGF1-SHA-256, `label`).
 * Returns `uint16_be(k) ‖ RSA ciphertext (k bytes) ‖ AES ciphertext ‖ tag`.
 */
export declare function hybridEncrypt(publicKey: KeyObject, plaintext: Uint8Array, label: Uint8Array): Buffer;
/** Why a sealed value did not open. `no-key`: no key unwrapped it (wrong key, or wrong name/namespace/scope). */
export type OpenFailure = 'malformed' | 'no-key' | 'corrupted';
export type OpenResult = {
    ok: true;
    plaintext: Buffer;
    keyIndex: number;
} | {
    ok: false;
    reason: OpenFailure;
    detail?: string;
};
/**
 * Opens a sealed value with the first of `privateKeys` that unwraps its session key under `label`
 * (`HybridDecrypt`: the format names no key, so every key is tried). Never throws.
 */
export declare function hybridDecrypt(privateKeys: readonly KeyObject[], ciphertext: Uint8Array, label: Uint8Array): OpenResult;
/** Size of an RSA key's modulus in bytes (the length of its OAEP blocks). */
export declare function modulusBytes(key: KeyObject): number;
