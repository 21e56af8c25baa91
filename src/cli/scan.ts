import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import { SealgateError } from '../errors.ts';
import { isSeverity, severityRank, type Severity } from '../findings/finding.ts';
import { findConfig, loadConfig } from '../config/load.ts';
import { defaultConfig } from '../config/config.ts';
import { scan } from '../pipeline/scan.ts';
import { findRepoRoot } from '../sources/index.ts';
import { isFormat, reporterFor, FORMATS } from '../reporters/index.ts';
import { VERSION } from '../version.ts';
import { SCAN_HELP } from './help.ts';
import { sopsVerifierFromEnv } from './sops-verifier.ts';
import { useColor, type CliIO, type CliResult } from './io.ts';

const OPTIONS = {
  staged: { type: 'boolean' },
  range: { type: 'string' },
  'stdin-name': { type: 'string' },
  diff: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'no-redact': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  policy: { type: 'boolean' },
  baseline: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `sealgate scan`: source → scanners → filters → reporter; exit 1 when a finding reaches --fail-on. */
export async function scanCommand(argv: string[], io: CliIO): Promise<CliResult> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new SealgateError('USAGE', `${(e as Error).message} (see 'sealgate scan --help')`);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { exitCode: 0, stdout: SCAN_HELP, stderr: '' };

  const format = v.format ?? 'text';
  if (!isFormat(format)) throw new SealgateError('USAGE', `--format: expected one of ${FORMATS.join(', ')}, got '${format}'`);
  const fromStdin = positionals.includes('-');
  if (fromStdin && positionals.length > 1) throw new SealgateError('USAGE', "'-' (stdin) cannot be combined with paths");
  if (v.range !== undefined && positionals.length > 0 && !fromStdin) {
    throw new SealgateError('USAGE', 'paths cannot be combined with --range');
  }
  if (v.diff && !fromStdin) throw new SealgateError('USAGE', "--diff applies to stdin: sealgate scan - --diff");
  if (v.diff && v['stdin-name'] !== undefined) throw new SealgateError('USAGE', '--stdin-name cannot be combined with --diff (the diff names its files)');

  const configPath = findConfig(io.cwd, findRepoRoot(io.cwd), v.config, io.env);
  const config = configPath === undefined ? defaultConfig() : loadConfig(configPath);
  const failOnRaw = v['fail-on'] ?? config.failOn;
  if (!isSeverity(failOnRaw)) throw new SealgateError('USAGE', `--fail-on: expected critical, high, medium, low or info, got '${failOnRaw}'`);
  const failOn: Severity = failOnRaw;

  const sopsVerify = await sopsVerifierFromEnv(io.env);
  const report = await scan({
    cwd: io.cwd,
    paths: fromStdin ? [] : positionals,
    ...(v.staged ? { staged: true } : {}),
    ...(v.range !== undefined ? { range: v.range } : {}),
    ...(fromStdin ? { stdin: { text: await io.readStdin(), name: v['stdin-name'] ?? '-', diff: v.diff ?? false } } : {}),
    config,
    reveal: v['no-redact'] ?? false,
    policy: v.policy ?? false,
    ...(v.baseline !== undefined ? { baseline: v.baseline } : {}),
    ...(sopsVerify ? { sopsVerify } : {}),
  });

  const failing = report.findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
  const exitCode = failing ? 1 : 0;
  const ctx = { version: VERSION, revealed: v['no-redact'] ?? false };
  let stdout = '';
  if (v.output !== undefined) {
    writeFileAtomic(resolve(io.cwd, v.output), reporterFor(format)(report, { ...ctx, color: false }));
    if (!(v.quiet && report.findings.length === 0)) stdout = reporterFor('text')(report, { ...ctx, color: useColor(io) });
  } else if (!(v.quiet && report.findings.length === 0 && format === 'text')) {
    stdout = reporterFor(format)(report, { ...ctx, color: format === 'text' && useColor(io) });
  }
  return { exitCode, stdout, stderr: '' };
}
