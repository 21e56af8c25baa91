import { createPublicKey, generateKeyPair, randomBytes, sign, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { SealgateError } from '../../errors.ts';
import { publicKeySha256 } from './cert.ts';

/** A new controller key pair, as PEM. */
export interface GeneratedKey {
  /** `RSA PRIVATE KEY` (PKCS#1), the form the controller stores in `tls.key`. */
  keyPem: string;
  /** Self-signed `CERTIFICATE` with the controller's profile. */
  certPem: string;
  /** Hex SHA-256 of the public key's SPKI DER (what `sealgate.io/cert-sha256` records). */
  sha256: string;
  notAfter: Date;
}

export interface KeygenOptions {
  /** RSA modulus size (default 4096, the controller's `--key-size`). */
  bits?: number;
  /** Validity in days (default 3650: the controller's `--key-ttl` of 87600h). */
  days?: number;
  /** Subject and issuer common name (default none, like the controller's empty `--my-cn`). */
  commonName?: string;
  /** Start of validity (default now). */
  now?: Date;
}

const generateRsa = promisify(generateKeyPair);

/**
 * Generates a key pair the way the sealed-secrets controller does (`pkg/crypto/keys.go`): an RSA key and a
 * self-signed SHA256-RSA certificate with a random 128-bit serial, critical KeyUsage EncipherOnly, critical
 * BasicConstraints CA, a subject key identifier, and an empty subject unless `commonName` is given.
 * @throws SealgateError('USAGE') for a size below 2048 or above 16384 bits, or a validity below one day.
 */
export async function generateSealingKey(options: KeygenOptions = {}): Promise<GeneratedKey> {
  const bits = options.bits ?? 4096;
  const days = options.days ?? 3650;
  if (!Number.isInteger(bits) || bits < 2048 || bits > 16384 || bits % 8 !== 0) {
    throw new SealgateError('USAGE', `--bits must be a multiple of 8 from 2048 to 16384 (got ${bits})`);
  }
  if (!Number.isInteger(days) || days < 1) throw new SealgateError('USAGE', `--days must be a whole number of days, at least 1 (got ${days})`);
  const { privateKey, publicKey } = await generateRsa('rsa', { modulusLength: bits, publicExponent: 0x10001 });
  const now = options.now ?? new Date();
  const notAfter = new Date(now.getTime() + days * 86_400_000);
  const certPem = selfSignedCertificate(privateKey, publicKey, now, notAfter, options.commonName);
  return {
    keyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    certPem,
    sha256: publicKeySha256(publicKey),
    notAfter,
  };
}

function selfSignedCertificate(privateKey: KeyObject, publicKey: KeyObject, notBefore: Date, notAfter: Date, commonName: string | undefined): string {
  const pki = forge.pki;
  const cert = pki.createCertificate();
  cert.publicKey = pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  const serial = randomBytes(16);
  // DER INTEGERs are signed: a leading 0x00 keeps a high first byte positive, as Go writes it.
  cert.serialNumber = ((serial[0] as number) >= 0x80 ? '00' : '') + serial.toString('hex');
  cert.validity.notBefore = new Date(Math.floor(notBefore.getTime() / 1000) * 1000);
  cert.validity.notAfter = new Date(Math.floor(notAfter.getTime() / 1000) * 1000);
  const dn = commonName === undefined || commonName === '' ? [] : [{ name: 'commonName', value: commonName }];
  cert.setSubject(dn);
  cert.setIssuer(dn);
  cert.setExtensions([
    { name: 'keyUsage', critical: true, encipherOnly: true },
    { name: 'basicConstraints', critical: true, cA: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  // forge's own RSA signing is pure JavaScript (slow at 4096 bits); sign the TBS bytes with Node instead.
  const algorithm = pki.oids['sha256WithRSAEncryption'] as string;
  cert.siginfo.algorithmOid = algorithm;
  cert.signatureOid = algorithm;
  cert.md = forge.md.sha256.create();
  // getTBSCertificate is public in node-forge but missing from its type definitions.
  const { getTBSCertificate } = pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 };
  const tbs = Buffer.from(forge.asn1.toDer(getTBSCertificate(cert)).getBytes(), 'binary');
  cert.signature = sign('sha256', tbs, privateKey).toString('binary');
  const pem = pki.certificateToPem(cert).replace(/\r\n/g, '\n');
  createPublicKey(pem); // parse back: a certificate sealgate cannot read must not be written
  return pem;
}

/** The label that makes the controller load a `kubernetes.io/tls` Secret as one of its keys. */
export const SEALED_SECRETS_KEY_LABEL = 'sealedsecrets.bitnami.com/sealed-secrets-key';

/**
 * The key pair as the controller stores it (and as a key backup holds it): a `kubernetes.io/tls` Secret
 * labelled `sealedsecrets.bitnami.com/sealed-secrets-key: active` — the bring-your-own-key form.
 * The default name mimics the controller's `generateName: sealed-secrets-key` plus five random characters.
 */
export function keySecretManifest(key: Pick<GeneratedKey, 'keyPem' | 'certPem'>, options: { namespace?: string; name?: string } = {}): Record<string, unknown> {
  const suffix = [...randomBytes(5)].map((b) => 'bcdfghjklmnpqrstvwxz2456789'[b % 27]).join('');
  return {
    kind: 'Secret',
    apiVersion: 'v1',
    metadata: {
      name: options.name ?? `sealed-secrets-key${suffix}`,
      namespace: options.namespace ?? 'kube-system',
      creationTimestamp: null,
      labels: { [SEALED_SECRETS_KEY_LABEL]: 'active' },
    },
    data: {
      'tls.crt': Buffer.from(key.certPem).toString('base64'),
      'tls.key': Buffer.from(key.keyPem).toString('base64'),
    },
    type: 'kubernetes.io/tls',
  };
}
