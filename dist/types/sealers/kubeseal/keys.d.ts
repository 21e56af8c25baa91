import { type KeyObject } from 'node:crypto';
/** A controller private key that can open sealed values. */
export interface UnsealingKey {
    privateKey: KeyObject;
    /** Hex SHA-256 of the public key's SPKI DER (matches `sealgate.io/cert-sha256`). */
    sha256: string;
    bits: number;
    /** The file it came from, as the user named it (never the key itself). */
    source: string;
}
/**
 * Loads private keys from any form a sealed-secrets key backup takes: PEM (`RSA PRIVATE KEY` PKCS#1 or
 * `PRIVATE KEY` PKCS#8; every block in the file), a `kubernetes.io/tls` Secret with `data["tls.key"]`,
 * a `kind: List` of such Secrets (`kubectl get secret -l sealedsecrets.bitnami.com/sealed-secrets-key -o yaml`),
 * or several Secrets in one multi-document file. Keys are de-duplicated by fingerprint.
 * @param source - the path the text came from, for messages (key material never appears in them).
 * @throws SealgateError('INPUT') when the file holds no key, a key is encrypted or not RSA, or a Secret
 *   has no `tls.key`.
 */
export declare function loadUnsealingKeys(text: string, source: string): UnsealingKey[];
