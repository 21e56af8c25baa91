import { createHash, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import { SealgateError } from '../../errors.ts';
import { pemBlocks } from './pem.ts';

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
export const EXPIRY_WARNING_DAYS = 30;

/**
 * Loads the key to seal for from PEM text: the first `CERTIFICATE` block (as kubeseal does), else the first
 * `PUBLIC KEY` / `RSA PUBLIC KEY` block (a sealgate extension). Only RSA keys are accepted.
 * @param source - the path or URL the text came from, for messages.
 * @param now - the time to check expiry against.
 * @throws SealgateError('INPUT') when there is no usable block, the key is not RSA, or the certificate
 *   has expired (the message says when).
 */
export function loadSealingKey(text: string, source: string, now: Date = new Date()): SealingKey {
  const blocks = pemBlocks(text);
  const certBlock = blocks.find((b) => b.label === 'CERTIFICATE');
  if (certBlock) return fromCertificate(certBlock.der, source, now);
  const keyBlock = blocks.find((b) => b.label === 'PUBLIC KEY' || b.label === 'RSA PUBLIC KEY');
  if (keyBlock) {
    let publicKey: KeyObject;
    try {
      publicKey = createPublicKey({ key: keyBlock.der, format: 'der', type: keyBlock.label === 'PUBLIC KEY' ? 'spki' : 'pkcs1' });
    } catch (e) {
      throw new SealgateError('INPUT', `the ${keyBlock.label} block is not a valid public key`, source, undefined, { cause: e });
    }
    return describe(publicKey, undefined, source, []);
  }
  if (blocks.some((b) => b.label.endsWith('PRIVATE KEY'))) {
    throw new SealgateError('INPUT', 'this is a private key, not a certificate: pass the controller certificate (e.g. the --cert-out of sealgate keygen)', source);
  }
  throw new SealgateError('INPUT', 'no PEM CERTIFICATE or PUBLIC KEY block found (expected the controller certificate, e.g. from kubeseal --fetch-cert)', source);
}

/** Hex SHA-256 of a public key's SubjectPublicKeyInfo DER (same as `openssl pkey -pubin -outform der | sha256sum`). */
export function publicKeySha256(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
}

/** `November 26, 2036` (kubeseal's `January 2, 2006` layout), in UTC. */
export function formatDay(d: Date): string {
  return d.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}

function fromCertificate(der: Buffer, source: string, now: Date): SealingKey {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(der);
  } catch (e) {
    throw new SealgateError('INPUT', 'the CERTIFICATE block is not a valid X.509 certificate', source, undefined, { cause: e });
  }
  const notAfter = new Date(cert.validTo);
  if (Number.isNaN(notAfter.getTime())) throw new SealgateError('INPUT', 'the certificate has an unreadable expiry date', source);
  if (now.getTime() > notAfter.getTime()) {
    throw new SealgateError(
      'INPUT',
      `certificate expired on ${formatDay(notAfter)} (${notAfter.toISOString()}): fetch the controller's current certificate (kubeseal --fetch-cert) and pass it with --cert`,
      source,
    );
  }
  const warnings: string[] = [];
  const daysLeft = Math.floor((notAfter.getTime() - now.getTime()) / 86_400_000);
  if (daysLeft < EXPIRY_WARNING_DAYS) {
    warnings.push(`${source}: certificate expires on ${formatDay(notAfter)} (in ${daysLeft} day${daysLeft === 1 ? '' : 's'}): renew the controller key or fetch its new certificate soon`);
  }
  return describe(cert.publicKey, notAfter, source, warnings);
}

function describe(publicKey: KeyObject, notAfter: Date | undefined, source: string, warnings: string[]): SealingKey {
  if (publicKey.asymmetricKeyType !== 'rsa') {
    throw new SealgateError('INPUT', `expected an RSA public key but found ${publicKey.asymmetricKeyType ?? 'an unknown key type'} (sealed-secrets uses RSA only)`, source);
  }
  const bits = publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
  return { publicKey, sha256: publicKeySha256(publicKey), bits, notAfter, source, warnings };
}
