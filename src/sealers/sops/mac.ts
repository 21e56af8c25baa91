/**
 * sops' message authentication code (sops.go Tree.Encrypt/Decrypt): SHA-512 over the concatenated
 * plaintext bytes of the values in file order (no keys, no separators, comments and nulls excluded),
 * prefixed with sha256("sops") when `mac_only_encrypted`, written as 128 upper-case hex digits and stored
 * encrypted with `lastmodified` as additional data.
 */
import { createHash, type Hash } from 'node:crypto';
import { normalizeRfc3339 } from '../../parse/sops/metadata.ts';
import { decryptValue, encryptValue } from './cipher.ts';

/** sha256("sops"): `MACOnlyEncryptedInitialization`. */
const MAC_ONLY_ENCRYPTED_INIT = Buffer.from('8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69', 'hex');

export class MacHasher {
  readonly #hash: Hash = createHash('sha512');

  constructor(macOnlyEncrypted: boolean) {
    if (macOnlyEncrypted) this.#hash.update(MAC_ONLY_ENCRYPTED_INIT);
  }

  add(bytes: Uint8Array): void {
    this.#hash.update(bytes);
  }

  /** The MAC string as sops writes it (`%X` of the digest). */
  digest(): string {
    return this.#hash.digest('hex').toUpperCase();
  }
}

/** Go's `time.Now().UTC().Format(time.RFC3339)`. */
export function rfc3339Now(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d+Z$/, 'Z');
}

/** Encrypts the MAC string for the metadata's `mac` field. */
export function encryptMac(mac: string, key: Uint8Array, lastModified: string): string {
  return encryptValue(new TextEncoder().encode(mac), 'str', key, normalizeRfc3339(lastModified) ?? lastModified);
}

/**
 * Decrypts the stored MAC.
 * @returns the MAC string, '' when the file has none, or undefined when it cannot be decrypted
 * (wrong key, edited `lastmodified`, or tampered ciphertext).
 */
export function decryptMac(stored: string, key: Uint8Array, lastModified: string): string | undefined {
  if (stored === '') return '';
  const r = decryptValue(stored, key, normalizeRfc3339(lastModified) ?? lastModified);
  return r.ok ? new TextDecoder().decode(r.bytes) : undefined;
}
