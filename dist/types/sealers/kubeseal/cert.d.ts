import { type KeyObject } from 'node:crypto';
/** A public key to seal for, from a controller certificate (or a bare public key). */
export interface SealingKey {
    publicKey: KeyObject;
    /** Hex SHA-256 of the public key's SubjectPublicKeyInfo DER (what `sealgate.io/cert-sha256` records). */
    sha256: string;
    /** RSA modulus size in bits. */
    bits: number;
    /** The certificate's NotAfter; undefined for a bare public key. */
    notAfter: Date | undefined;
    /** Where it came from, as the user named it (a path or URL). */
    source: string;
    /** Things to tell the user on stderr (e.g. the certificate expires soon). */
    warnings: string[];
}
/** A certificate that expires within this many days gets a warning. */
export declare const EXPIRY_WARNING_DAYS = 30;
/**
 * Loads the key to seal for from PEM text: the first `CERTIFICATE` block (as kubeseal does), else the first
 * `PUBLIC KEY` / `RSA PUBLIC KEY` block (a sealgate extension). Only RSA keys are accepted.
 * @param source - the path or URL the text came from, for messages.
 * @param now - the time to check expiry against.
 * @throws SealgateError('INPUT') when there is no usable block, the key is not RSA, or the certificate
 *   has expired (the message says when).
 */
export declare function loadSealingKey(text: string, source: string, now?: Date): SealingKey;
/** Hex SHA-256 of a public key's SubjectPublicKeyInfo DER (same as `openssl pkey -pubin -outform der | sha256sum`). */
export declare function publicKeySha256(publicKey: KeyObject): string;
/** `November 26, 2036` (kubeseal's `January 2, 2006` layout), in UTC. */
export declare function formatDay(d: Date): string;
