import { constants, createCipheriv, createDecipheriv, privateDecrypt, publicEncrypt, randomBytes, type KeyObject } from 'node:crypto';
import { GCM_TAG_BYTES, sealedValueLayout } from '../../parse/sealed-secret.ts';

const SESSION_KEY_BYTES = 32;
// sealed-secrets pkg/crypto/crypto.go: every value gets a fresh 32-byte AES key, so a constant all-zero
// GCM nonce never repeats under one key.
const ZERO_NONCE = Buffer.alloc(12);

/**
 * Seals one value as sealed-secrets' `HybridEncrypt` does: a random AES-256 key encrypts `plaintext` with
 * GCM (zero nonce, no AAD) and is wrapped with RSA-OAEP (SHA-256, MGF1-SHA-256, `label`).
 * Returns `uint16_be(k) ‖ RSA ciphertext (k bytes) ‖ AES ciphertext ‖ tag`.
 */
export function hybridEncrypt(publicKey: KeyObject, plaintext: Uint8Array, label: Uint8Array): Buffer {
  const sessionKey = randomBytes(SESSION_KEY_BYTES);
  const wrapped = publicEncrypt(
    { key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256', oaepLabel: label },
    sessionKey,
  );
  const cipher = createCipheriv('aes-256-gcm', sessionKey, ZERO_NONCE);
  const body = cipher.update(plaintext);
  cipher.final();
  const prefix = Buffer.alloc(2);
  prefix.writeUInt16BE(wrapped.length);
  return Buffer.concat([prefix, wrapped, body, cipher.getAuthTag()]);
}

/** Why a sealed value did not open. `no-key`: no key unwrapped it (wrong key, or wrong name/namespace/scope). */
export type OpenFailure = 'malformed' | 'no-key' | 'corrupted';

export type OpenResult = { ok: true; plaintext: Buffer; keyIndex: number } | { ok: false; reason: OpenFailure; detail?: string };

/**
 * Opens a sealed value with the first of `privateKeys` that unwraps its session key under `label`
 * (`HybridDecrypt`: the format names no key, so every key is tried). Never throws.
 */
export function hybridDecrypt(privateKeys: readonly KeyObject[], ciphertext: Uint8Array, label: Uint8Array): OpenResult {
  const layout = sealedValueLayout(ciphertext);
  if (!layout.ok) return { ok: false, reason: 'malformed', detail: layout.problem };
  const wrapped = ciphertext.subarray(2, 2 + layout.rsaBytes);
  const body = ciphertext.subarray(2 + layout.rsaBytes, ciphertext.length - GCM_TAG_BYTES);
  const tag = ciphertext.subarray(ciphertext.length - GCM_TAG_BYTES);
  for (const [keyIndex, key] of privateKeys.entries()) {
    if (modulusBytes(key) !== layout.rsaBytes) continue;
    let sessionKey: Buffer;
    try {
      sessionKey = privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256', oaepLabel: label }, wrapped);
    } catch {
      continue; // not this key (or not this label): OAEP says so without telling which
    }
    if (sessionKey.length !== SESSION_KEY_BYTES) return { ok: false, reason: 'corrupted', detail: 'the wrapped session key has the wrong size' };
    try {
      const decipher = createDecipheriv('aes-256-gcm', sessionKey, ZERO_NONCE);
      decipher.setAuthTag(tag);
      return { ok: true, plaintext: Buffer.concat([decipher.update(body), decipher.final()]), keyIndex };
    } catch {
      return { ok: false, reason: 'corrupted', detail: 'the AES-GCM tag does not match (the value was altered)' };
    }
  }
  return { ok: false, reason: 'no-key' };
}

/** Size of an RSA key's modulus in bytes (the length of its OAEP blocks). */
export function modulusBytes(key: KeyObject): number {
  return Math.ceil((key.asymmetricKeyDetails?.modulusLength ?? 0) / 8);
}
