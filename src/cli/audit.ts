import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../atomic-write.ts';
import { SealgateError } from '../errors.ts';
import { findConfig, loadConfig } from '../config/load.ts';
import { defaultConfig } from '../config/config.ts';
import { audit } from '../pipeline/audit.ts';
import type { ScanProgress } from '../pipeline/scan.ts';
import { AUDIT_FORMATS, auditReporterFor, isAuditFormat } from '../reporters/audit-reporter.ts';
import { findRepoRoot } from '../sources/index.ts';
import { VERSION } from '../version.ts';
import { sealPolicyFor } from './fix.ts';
import { AUDIT_HELP } from './help.ts';
import type { CliIO, CliResult } from './io.ts';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'max-age': { type: 'string' },
  name: { type: 'string' },
  config: { type: 'string', short: 'c' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `90d` or `90` → 90. @throws SealgateError('USAGE') for anything else. */
export function parseMaxAge(text: string): number {
  const m = /^(\d{1,5})d?$/.exec(text.trim());
  const days = m ? Number(m[1]) : 0;
  if (days < 1) throw new SealgateError('USAGE', `--max-age: expected a number of days such as 90d, got '${text}'`);
  return days;
}

/** Live progress on stderr, at most one redraw per 100 files or phase change (TTY only). */
function progressLine(io: CliIO): ((p: ScanProgress) => void) | undefined {
  if (!io.stderrIsTTY || !io.progress) return undefined;
  const draw = io.progress.bind(io);
  let last = '';
  return (p) => {
    if (p.phase === last && p.files % 100 !== 0) return;
    last = p.phase;
    const text = { files: `${p.files} files scanned`, context: `${p.files} files read`, history: `reading the Git history of ${p.files} sealed-secret files`, policy: 'running the policy checks', log: 'reading the log' }[p.phase];
    draw(`sealgate audit: ${text}…`);
  };
}

/** `sealgate audit`: the quarterly governance report of a GitOps repository. */
export async function auditCommand(argv: string[], io: CliIO): Promise<CliResult> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new SealgateError('USAGE', `${(e as Error).message} (see 'sealgate audit --help')`);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { exitCode: 0, stdout: AUDIT_HELP, stderr: '' };
  if (positionals.length > 1) throw new SealgateError('USAGE', 'audit takes one directory');
  const format = v.format ?? 'markdown';
  if (!isAuditFormat(format)) throw new SealgateError('USAGE', `--format: expected one of ${AUDIT_FORMATS.join(', ')}, got '${format}'`);
  const maxAge = v['max-age'] === undefined ? undefined : parseMaxAge(v['max-age']);

  const dir = resolve(io.cwd, positionals[0] ?? '.');
  const configPath = findConfig(dir, findRepoRoot(dir), v.config === undefined ? undefined : resolve(io.cwd, v.config), io.env);
  const config = configPath === undefined ? defaultConfig() : loadConfig(configPath);
  const sealPolicy = await sealPolicyFor(config, { ...io, cwd: dir }, { network: false });
  const progress = progressLine(io);
  let report;
  try {
    report = await audit({ cwd: dir, config, ...(sealPolicy ? { keyPolicy: sealPolicy.keyPolicy() } : {}), ...(v.name !== undefined ? { name: v.name } : {}), ...(maxAge ? { maxSecretAgeDays: maxAge } : {}), ...(progress ? { onProgress: progress } : {}) });
  } finally {
    if (progress) io.progress?.('');
  }
  const document = auditReporterFor(format)(report, { version: VERSION });
  if (v.output === undefined) return { exitCode: 0, stdout: document, stderr: '' };
  writeFileAtomic(resolve(io.cwd, v.output), document);
  const items = report.sections.flatMap((s) => s.items);
  const ticked = items.filter((i) => i.status === 'pass').length;
  return { exitCode: 0, stdout: `wrote ${v.output}: ${ticked} of ${items.length} checks ticked, ${report.findings.length} findings, ${report.manual.length} manual checks\n`, stderr: '' };
}
