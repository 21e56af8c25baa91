/**
 * sops' value cipher (aes/cipher.go): AES-256-GCM with a 32-byte random IV, the 16-byte tag stored apart
 * from the ciphertext, and the value's path (`a:b:`) or the MAC's `lastmodified` as additional data.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { parseEncValue } from '../../parse/sops/enc-value.ts';

/** sops' `nonceSize`; decryption accepts any IV length. */
const IV_SIZE = 32;
const TAG_SIZE = 16;

/** The additional data for a value at `path` (mapping keys only): `a:b:`, always with the trailing colon. */
export function pathAad(path: readonly string[]): string {
  return `${path.join(':')}:`;
}

/**
 * Encrypts `plaintext` into `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]`. An empty plaintext stays `''`
 * (sops stores empty strings unencrypted).
 */
export function encryptValue(plaintext: Uint8Array, type: string, key: Uint8Array, aad: string, iv: Uint8Array = randomBytes(IV_SIZE)): string {
  if (plaintext.length === 0) return '';
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_SIZE });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
  return `ENC[AES256_GCM,data:${b64(data)},iv:${b64(iv)},tag:${b64(cipher.getAuthTag())},type:${type}]`;
}

export type DecryptResult =
  | { ok: true; bytes: Uint8Array; type: string }
  | { ok: false; reason: 'not-encrypted' | 'malformed' | 'auth' };

/**
 * Decrypts an `ENC[…]` value. `''` decrypts to `''` (type `str`).
 * @returns `auth` when the key, the additional data or the ciphertext is wrong (GCM tag mismatch).
 */
export function decryptValue(value: string, key: Uint8Array, aad: string): DecryptResult {
  if (value === '') return { ok: true, bytes: new Uint8Array(), type: 'str' };
  const enc = parseEncValue(value);
  if (!enc) return { ok: false, reason: 'not-encrypted' };
  const data = strictBase64(enc.data);
  const iv = strictBase64(enc.iv);
  const tag = strictBase64(enc.tag);
  if (!data || !iv || !tag || iv.length === 0 || tag.length !== TAG_SIZE) return { ok: false, reason: 'malformed' };
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_SIZE });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    const bytes = Buffer.concat([decipher.update(data), decipher.final()]);
    return { ok: true, bytes: new Uint8Array(bytes), type: enc.type };
  } catch {
    return { ok: false, reason: 'auth' };
  }
}

function strictBase64(s: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) return undefined;
  return Buffer.from(s, 'base64');
}
