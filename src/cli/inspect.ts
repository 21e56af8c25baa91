import { SealgateError } from '../errors.ts';
import { inspect, type InspectReport } from '../sealers/kubeseal/api.ts';
import type { CliIO, CliResult } from './io.ts';
import { parseCommandArgs, readFileText, readInputText, resolveSealingKey } from './kubeseal-io.ts';

export const INSPECT_HELP = `Usage: sealgate inspect [FILE...|-] [--cert CERT] [--format text|json]

Checks SealedSecrets without any key: apiVersion, name, a namespace for strict and namespace-wide
scope, scope annotations that are exactly "true" and the same on metadata and
spec.template.metadata, and every spec.encryptedData value: standard base64 whose length prefix
fits an RSA key. With --cert, also that the values were sealed for that certificate's key size and
fingerprint. Prints one line per SealedSecret, then one line per problem. Reads stdin without FILE.

Options:
  --cert FILE|URL       the certificate the SealedSecrets should be sealed for (optional)
  --format text|json    text (default) or a JSON report

Exit codes:
  0  no problems
  1  problems found
  2  usage or input error (unreadable file, no SealedSecret in it)
`;

const OPTIONS = {
  cert: { type: 'string' },
  format: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `sealgate inspect` (and `seal --verify`): structural check of SealedSecrets; exit 1 on problems. */
export async function inspectCommand(argv: string[], io: CliIO): Promise<CliResult> {
  const { values: v, positionals } = parseCommandArgs('inspect', argv, OPTIONS);
  if (v.help) return { exitCode: 0, stdout: INSPECT_HELP, stderr: '' };
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new SealgateError('USAGE', `--format: expected text or json, got '${format}'`);
  const key = v.cert === undefined ? undefined : await resolveSealingKey({ cert: v.cert }, io);
  const paths = positionals.length === 0 ? ['-'] : positionals;
  if (paths.filter((p) => p === '-').length > 1) throw new SealgateError('USAGE', "stdin ('-') can be read only once");
  const reports: Array<InspectReport & { file: string }> = [];
  for (const p of paths) {
    const { text, file } = p === '-' ? await readInputText('-', io) : { text: readFileText(p, io), file: p };
    reports.push({ file, ...inspect(text, { file, ...(key ? { cert: key } : {}) }) });
  }
  const problems = reports.flatMap((r) => r.problems);
  const exitCode = problems.length > 0 ? 1 : 0;
  const stderr = key ? key.warnings.map((w) => `sealgate: warning: ${w}\n`).join('') : '';
  if (format === 'json') return { exitCode, stdout: `${JSON.stringify({ files: reports }, null, 2)}\n`, stderr };
  const lines: string[] = [];
  for (const r of reports) {
    for (const s of r.sealedSecrets) {
      const who = s.namespace ? `${s.namespace}/${s.name ?? '?'}` : (s.name ?? '?');
      const rsa = s.rsaBits.length ? s.rsaBits.map((b) => `RSA-${b}`).join('+') : 'no values';
      const cert = s.certSha256 ? `  cert sha256:${s.certSha256.slice(0, 16)}…` : '';
      lines.push(`${r.file}:${s.line}: SealedSecret ${who}  ${s.scope}  ${s.keys.length} key${s.keys.length === 1 ? '' : 's'}  ${rsa}${cert}`);
    }
  }
  for (const p of problems) lines.push(`${p.file}:${p.line}: ${p.message}`);
  lines.push(problems.length === 0 ? 'no problems found' : `${problems.length} problem${problems.length === 1 ? '' : 's'} found`);
  return { exitCode, stdout: `${lines.join('\n')}\n`, stderr };
}
