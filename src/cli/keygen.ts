import { SealgateError } from '../errors.ts';
import { formatDay } from '../sealers/kubeseal/cert.ts';
import { generateSealingKey, keySecretManifest } from '../sealers/kubeseal/keygen.ts';
import { formatFromPath, serializeManifests } from '../sealers/kubeseal/manifests.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { resolve } from 'node:path';
import type { CliIO, CliResult } from './io.ts';
import { parseCommandArgs, refuseExisting } from './kubeseal-io.ts';

export const KEYGEN_HELP = `Usage: sealgate keygen --key-out KEY --cert-out CERT [--bits 4096] [--days 3650]
                      [--secret-out FILE [--namespace kube-system]]

Generates a sealed-secrets key pair the way the controller does: an RSA key and a self-signed
certificate (empty subject, KeyUsage EncipherOnly, CA), valid for --days. Use the certificate with
'sealgate seal --cert CERT' (offline sealing, dev clusters); bring the key to a controller with
--secret-out: a kubernetes.io/tls Secret labelled sealedsecrets.bitnami.com/sealed-secrets-key: active
(kubectl apply -f FILE, then restart the controller). Existing files are never overwritten.

Options:
  --key-out KEY         the private key, PEM PKCS#1 (written with mode 0600)
  --cert-out CERT       the certificate, PEM
  --bits N              RSA key size, 2048 to 16384 (default 4096, as the controller)
  --days N              validity in days (default 3650, as the controller)
  --common-name CN      subject and issuer CN (default: empty, as the controller)
  --secret-out FILE     also write the key and certificate as the controller's Secret (mode 0600;
                        .json for JSON, else YAML). It holds the private key: never commit it
  --namespace NS        the controller's namespace for --secret-out (default kube-system)

Exit codes:
  0  written
  2  usage error or a file already exists
`;

const OPTIONS = {
  'key-out': { type: 'string' },
  'cert-out': { type: 'string' },
  bits: { type: 'string' },
  days: { type: 'string' },
  'common-name': { type: 'string' },
  'secret-out': { type: 'string' },
  namespace: { type: 'string', short: 'n' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `sealgate keygen`: a controller-style key pair as PEM files (and optionally as the controller's Secret). */
export async function keygenCommand(argv: string[], io: CliIO): Promise<CliResult> {
  const { values: v, positionals } = parseCommandArgs('keygen', argv, OPTIONS);
  if (v.help) return { exitCode: 0, stdout: KEYGEN_HELP, stderr: '' };
  if (positionals.length > 0) throw new SealgateError('USAGE', `unexpected argument '${positionals[0]}' (see 'sealgate keygen --help')`);
  const keyOut = v['key-out'];
  const certOut = v['cert-out'];
  if (keyOut === undefined || certOut === undefined) throw new SealgateError('USAGE', 'keygen needs --key-out KEY and --cert-out CERT');
  if (v.namespace !== undefined && v['secret-out'] === undefined) throw new SealgateError('USAGE', '--namespace only applies with --secret-out');
  const outputs = [keyOut, certOut, ...(v['secret-out'] !== undefined ? [v['secret-out']] : [])];
  if (new Set(outputs.map((p) => resolve(io.cwd, p))).size !== outputs.length) throw new SealgateError('USAGE', '--key-out, --cert-out and --secret-out must be different files');
  refuseExisting(keyOut, io, '--key-out');
  refuseExisting(certOut, io, '--cert-out');
  if (v['secret-out'] !== undefined) refuseExisting(v['secret-out'], io, '--secret-out');

  const key = await generateSealingKey({
    ...(v.bits !== undefined ? { bits: integer(v.bits, '--bits') } : {}),
    ...(v.days !== undefined ? { days: integer(v.days, '--days') } : {}),
    ...(v['common-name'] !== undefined ? { commonName: v['common-name'] } : {}),
  });
  writeFileAtomic(resolve(io.cwd, keyOut), key.keyPem, 0o600);
  writeFileAtomic(resolve(io.cwd, certOut), key.certPem, 0o644);
  const lines = [`wrote ${keyOut} (private key, mode 0600: keep it out of Git) and ${certOut}`];
  const secretOut = v['secret-out'];
  if (secretOut !== undefined) {
    const manifest = keySecretManifest(key, { namespace: v.namespace ?? 'kube-system' });
    writeFileAtomic(resolve(io.cwd, secretOut), serializeManifests([manifest], formatFromPath(secretOut) ?? 'yaml'), 0o600);
    lines.push(`wrote ${secretOut} (the controller's key Secret, mode 0600: apply it, never commit it)`);
  }
  lines.push(`certificate sha256 ${key.sha256}, valid until ${formatDay(key.notAfter)}`);
  return { exitCode: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
}

function integer(text: string, flag: string): number {
  if (!/^\d{1,6}$/.test(text)) throw new SealgateError('USAGE', `${flag} must be a whole number (got '${text}')`);
  return Number(text);
}
