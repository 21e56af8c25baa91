import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { SealgateError } from '../../errors.ts';
import { decodeBase64Std } from '../../parse/sealed-secret.ts';
import { publicKeySha256 } from './cert.ts';
import { expandLists, isRecord, lineAt, readManifests } from './manifests.ts';
import { pemBlocks, type PemBlock } from './pem.ts';

/** A controller private key that can open sealed values. */
export interface UnsealingKey {
  privateKey: KeyObject;
  /** Hex SHA-256 of the public key's SPKI DER (matches `sealgate.io/cert-sha256`). */
  sha256: string;
  bits: number;
  /** The file it came from, as the user named it (never the key itself). */
  source: string;
}

const PRIVATE_LABELS = new Set(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);

/**
 * Loads private keys from any form a sealed-secrets key backup takes: PEM (`RSA PRIVATE KEY` PKCS#1 or
 * `PRIVATE KEY` PKCS#8; every block in the file), a `kubernetes.io/tls` Secret with `data["tls.key"]`,
 * a `kind: List` of such Secrets (`kubectl get secret -l sealedsecrets.bitnami.com/sealed-secrets-key -o yaml`),
 * or several Secrets in one multi-document file. Keys are de-duplicated by fingerprint.
 * @param source - the path the text came from, for messages (key material never appears in them).
 * @throws SealgateError('INPUT') when the file holds no key, a key is encrypted or not RSA, or a Secret
 *   has no `tls.key`.
 */
export function loadUnsealingKeys(text: string, source: string): UnsealingKey[] {
  const keys = pemBlocks(text).some((b) => PRIVATE_LABELS.has(b.label)) ? fromPem(text, source) : fromSecrets(text, source);
  const seen = new Set<string>();
  return keys.filter((k) => !seen.has(k.sha256) && Boolean(seen.add(k.sha256)));
}

function fromPem(text: string, source: string, line?: number): UnsealingKey[] {
  const blocks = pemBlocks(text).filter((b) => PRIVATE_LABELS.has(b.label));
  if (blocks.length === 0) throw new SealgateError('INPUT', 'tls.key holds no PEM private key', source, line);
  return blocks.map((b) => parseBlock(b, source, line));
}

function parseBlock(block: PemBlock, source: string, line: number | undefined): UnsealingKey {
  if (block.label === 'ENCRYPTED PRIVATE KEY' || block.hasHeaders) {
    throw new SealgateError('INPUT', 'the private key is password-protected: decrypt it first (openssl pkey -in KEY -out PLAIN.pem)', source, line);
  }
  if (block.label === 'EC PRIVATE KEY') throw new SealgateError('INPUT', 'unexpected private key type EC (sealed-secrets keys are RSA)', source, line);
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: block.der, format: 'der', type: block.label === 'RSA PRIVATE KEY' ? 'pkcs1' : 'pkcs8' });
  } catch (e) {
    throw new SealgateError('INPUT', `the ${block.label} block is not a valid private key`, source, line, { cause: e });
  }
  if (privateKey.asymmetricKeyType !== 'rsa') {
    throw new SealgateError('INPUT', `unexpected private key type ${privateKey.asymmetricKeyType ?? 'unknown'} (sealed-secrets keys are RSA)`, source, line);
  }
  return {
    privateKey,
    sha256: publicKeySha256(createPublicKey(privateKey)),
    bits: privateKey.asymmetricKeyDetails?.modulusLength ?? 0,
    source,
  };
}

function fromSecrets(text: string, source: string): UnsealingKey[] {
  const file = readManifests(text, source);
  const objects = expandLists(file.objects, file.lines);
  if (objects.length === 0) {
    throw new SealgateError('INPUT', 'no private key found (expected PEM, a kubernetes.io/tls Secret with tls.key, or a List of them)', source);
  }
  return objects.flatMap((o) => {
    const v = o.value;
    if (!isRecord(v) || v['kind'] !== 'Secret') {
      const kind = isRecord(v) && typeof v['kind'] === 'string' ? `kind ${v['kind']}` : 'not a Kubernetes object';
      throw new SealgateError('INPUT', `expected a PEM private key or a Secret with tls.key, found ${kind}`, source, o.line);
    }
    const data = v['data'];
    const encoded = isRecord(data) ? data['tls.key'] : undefined;
    const meta = v['metadata'];
    const name = isRecord(meta) && typeof meta['name'] === 'string' ? ` "${meta['name']}"` : '';
    if (typeof encoded !== 'string') {
      throw new SealgateError('INPUT', `Secret${name} has no data["tls.key"] (a sealed-secrets key backup is a kubernetes.io/tls Secret)`, source, o.line);
    }
    const line = lineAt(o, ['data', 'tls.key'], file.lines);
    const pem = decodeBase64Std(encoded);
    if (pem === undefined) throw new SealgateError('INPUT', `Secret${name}: data["tls.key"] is not valid base64`, source, line);
    return fromPem(pem.toString('utf8'), source, line);
  });
}
