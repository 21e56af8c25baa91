import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import { SealgateError } from '../errors.ts';
import { redact } from '../findings/redact.ts';
import type { Report } from '../findings/report.ts';
import { isSeverity, severityRank, type Severity } from '../findings/finding.ts';
import { findConfig, loadConfig } from '../config/load.ts';
import { defaultConfig } from '../config/config.ts';
import { scan, type ScanProgress } from '../pipeline/scan.ts';
import { findRepoRoot } from '../sources/index.ts';
import { isFormat, reporterFor, FORMATS } from '../reporters/index.ts';
import { VERSION } from '../version.ts';
import { SCAN_HELP } from './help.ts';
import { describeFix, fixExitCode, sealPolicyFor } from './fix.ts';
import { sopsVerifierFromEnv } from './sops-verifier.ts';
import { useColor, type CliIO, type CliResult } from './io.ts';

const OPTIONS = {
  staged: { type: 'boolean' },
  range: { type: 'string' },
  history: { type: 'boolean' },
  since: { type: 'string' },
  all: { type: 'boolean' },
  jobs: { type: 'string' },
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
  fix: { type: 'boolean' },
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
  if ((v.since !== undefined || v.all || v.jobs !== undefined) && !v.history) throw new SealgateError('USAGE', '--since, --all and --jobs apply to --history');
  if (v.history && positionals.length > 0) throw new SealgateError('USAGE', 'paths cannot be combined with --history');
  const jobs = v.jobs === undefined ? undefined : Number(v.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 256)) throw new SealgateError('USAGE', `--jobs: expected a number of threads from 1 to 256, got '${v.jobs}'`);
  if (v.diff && !fromStdin) throw new SealgateError('USAGE', "--diff applies to stdin: sealgate scan - --diff");
  if (v.diff && v['stdin-name'] !== undefined) throw new SealgateError('USAGE', '--stdin-name cannot be combined with --diff (the diff names its files)');

  if (v.fix && (fromStdin || v.range !== undefined)) throw new SealgateError('USAGE', '--fix rewrites working-tree files: use it with paths or --staged, not with stdin or --range');

  const configPath = findConfig(io.cwd, findRepoRoot(io.cwd), v.config, io.env);
  const config = configPath === undefined ? defaultConfig() : loadConfig(configPath);
  const failOnRaw = v['fail-on'] ?? config.failOn;
  if (!isSeverity(failOnRaw)) throw new SealgateError('USAGE', `--fail-on: expected critical, high, medium, low or info, got '${failOnRaw}'`);
  const failOn: Severity = failOnRaw;

  const sopsVerify = await sopsVerifierFromEnv(io.env);
  const sealPolicy = await sealPolicyFor(config, io, { network: v.fix ?? false });
  const report = await scan({
    cwd: io.cwd,
    paths: fromStdin ? [] : positionals,
    ...(v.staged ? { staged: true } : {}),
    ...(v.range !== undefined ? { range: v.range } : {}),
    ...(v.history ? { history: { ...(v.since !== undefined ? { since: v.since } : {}), ...(v.all ? { all: true } : {}) } } : {}),
    ...(jobs !== undefined ? { workers: jobs } : {}),
    ...(io.stderrIsTTY && io.progress ? { onProgress: v.history ? progressLine(io.progress.bind(io)) : filesProgressLine(io.progress.bind(io)) } : {}),
    ...(fromStdin ? { stdin: { text: await io.readStdin(), name: v['stdin-name'] ?? '-', diff: v.diff ?? false } } : {}),
    config,
    reveal: v['no-redact'] ?? false,
    policy: v.policy ?? false,
    ...(v.baseline !== undefined ? { baseline: v.baseline } : {}),
    ...(sopsVerify ? { sopsVerify } : {}),
    ...(sealPolicy ? { keyPolicy: sealPolicy.keyPolicy() } : {}),
  });

  const failing = report.findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
  let exitCode = failing ? 1 : 0;
  let stderr = '';
  if (v.fix && sealPolicy) {
    const { fix } = await import('../fix/fix.ts');
    const mode = { dryRun: false, staged: v.staged ?? false };
    const result = await fix({ cwd: io.cwd, config, policy: sealPolicy, report, ...(v.staged ? { staged: true } : {}), env: io.env });
    stderr = describeFix(result, mode);
    const left = fixExitCode(result, failOn, mode);
    exitCode = mode.staged ? Math.max(exitCode, left) : left;
  }
  const ctx = { version: VERSION, revealed: v['no-redact'] ?? false };
  let stdout = '';
  if (v.output !== undefined) {
    writeFileAtomic(resolve(io.cwd, v.output), reporterFor(format)(report, { ...ctx, color: false }));
    // --no-redact reveals in the report asked for; the terminal copy (often a CI log) stays redacted.
    const shown = ctx.revealed ? redactedReport(report) : report;
    if (!(v.quiet && report.findings.length === 0)) stdout = reporterFor('text')(shown, { ...ctx, revealed: false, color: useColor(io) });
  } else if (!(v.quiet && report.findings.length === 0 && format === 'text')) {
    stdout = reporterFor(format)(report, { ...ctx, color: format === 'text' && useColor(io) });
  }
  return { exitCode, stdout, stderr };
}

/** A history scan's progress as `history: 1,234/2,000 commits  56.7 MB  23.4 MB/s  ETA 0:12` (ETA once the number of commits is known). */
export function progressLine(show: (line: string) => void): (progress: ScanProgress) => void {
  return (progress) => {
    const p = progress.log;
    if (!p) return;
    const mb = p.bytes / 1e6;
    const rate = p.elapsedMs > 0 ? mb / (p.elapsedMs / 1000) : 0;
    const count = p.totalCommits !== undefined ? `${p.commits.toLocaleString('en')}/${p.totalCommits.toLocaleString('en')}` : p.commits.toLocaleString('en');
    let eta = '';
    if (p.totalCommits !== undefined && p.commits > 0 && p.totalCommits >= p.commits) {
      const left = Math.round(((p.totalCommits - p.commits) * p.elapsedMs) / p.commits / 1000);
      eta = `  ETA ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
    }
    show(`history: ${count} commits  ${mb.toFixed(1)} MB  ${rate.toFixed(1)} MB/s${eta}`);
  };
}

/**
 * Any other scan's progress as `scanning: 1,234 files`, drawn at most every 100 ms and only once the scan
 * has run for half a second (a pre-commit hook on a small change never draws anything).
 */
export function filesProgressLine(show: (line: string) => void, now: () => number = () => performance.now()): (progress: ScanProgress) => void {
  const started = now();
  let last = 0;
  return (progress) => {
    const t = now();
    if (t - started < 500 || t - last < 100) return;
    last = t;
    const what = progress.phase === 'files' ? 'scanning' : progress.phase === 'context' ? 'reading for context' : progress.phase;
    show(`${what}: ${progress.files.toLocaleString('en')} files`);
  };
}

function redactedReport(report: Report): Report {
  return { ...report, findings: report.findings.map((f) => (f.secret === undefined ? f : { ...f, secret: redact(f.secret) })) };
}
