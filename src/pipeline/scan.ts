import type { Config } from '../config/config.ts';
import { defaultConfig } from '../config/config.ts';
import { findConfig, loadConfig } from '../config/load.ts';
import { SealgateError } from '../errors.ts';
import type { Detection, Finding, RuleMeta, Severity } from '../findings/finding.ts';
import { toFinding } from '../findings/finalize.ts';
import { dropCoveredCredentials } from '../findings/overlap.ts';
import { isInlineAllowed } from '../findings/inline-allow.ts';
import { emptyBySeverity, type Note, type Report } from '../findings/report.ts';
import { compareFindings, dedupe } from '../findings/sort.ts';
import { parseFile } from '../parse/file.ts';
import type { ParsedFile } from '../parse/types.ts';
import {
  builtinRepoScanners,
  builtinScanners,
  ruleCatalog,
  sealedValues,
  type RepoContext,
  type RepoScanner,
  type ScanInput,
  type Scanner,
  type KeyPolicy,
  type ScannerOptions,
  type SopsVerifier,
} from '../scanners/index.ts';
import { findRepoRoot, rangeSource, stagedSource, stagedFilesSource, stdinDiffSource, stdinSource, workingTreeSource, type Source } from '../sources/index.ts';
import type { ScanTarget } from '../target.ts';
import { valueChangeDates, type ValueMap } from './secret-ages.ts';
import type { HistoryRange } from '../sources/history.ts';
import { scanHistory, type HistoryProgress } from './history.ts';
import { introducedByChange, isAllowedSecret, runScanner, targetContext } from './scan-target.ts';
import { loadSuppressions } from './suppress.ts';

/** What to scan and how. Exactly one of `staged`, `range`, `history`, `stdin` may be set; otherwise `paths` (default `.`). */
export interface ScanOptions {
  /** Directory to run in (default: `process.cwd()`). */
  cwd?: string;
  /** Working-tree paths to scan (default `['.']`). */
  paths?: string[];
  /** Scan what `git commit` would record. */
  staged?: boolean;
  /** Scan the commits of `BASE..HEAD` or the net change of `BASE...HEAD`. */
  range?: string;
  /**
   * Scan one text (a file's content) under `name` (default `-`); with `diff`, the text is a unified diff
   * and each file in it is rebuilt from its added and context lines (see stdinDiffSource).
   */
  stdin?: { text: string; name?: string; diff?: boolean };
  /** A loaded config, a path to one, or undefined to discover `.sealgate.yaml`. */
  config?: Config | string;
  /** Show secrets unredacted in findings (`--no-redact`). Default: false. */
  reveal?: boolean;
  /** Run the governance checks too. Default: false. */
  policy?: boolean;
  /** Cancels the scan. */
  signal?: AbortSignal;
  /** Report only findings not in this baseline file (relative to `cwd`); default: the config's `baseline`. */
  baseline?: string;
  /** Ignore the config's baseline (used to write a new baseline). */
  noBaseline?: boolean;
  /** How many layers of base64/hex/percent encoding the credential rules look inside. Default: 2. */
  decodeDepth?: number;
  /** Verifies SOPS MACs (see ScannerOptions.sopsVerify); the CLI passes one when age identities are set. */
  sopsVerify?: SopsVerifier;
  /** The `seal:` policy as keys, for the `key-separation` check (see ScannerOptions.keyPolicy); the CLI resolves it. */
  keyPolicy?: KeyPolicy;
  /** The time secret ages are measured against. Default: now. */
  now?: Date;
  /** Called as the scan goes, e.g. to draw progress on a terminal. */
  onProgress?: (p: ScanProgress) => void;
  /**
   * Scan the history: every commit reachable from HEAD (`true`), after a revision (`since`: `REV..HEAD`),
   * or reachable from every ref (`all`). A secret is reported once, at the first commit that adds it.
   */
  history?: true | HistoryRange;
  /** Worker threads for a history scan (default: one per core; 0: none, scan on the calling thread). */
  workers?: number;
}

/**
 * Where a long scan is: `files` scanned so far, then reading Git history, then the policy checks; in a
 * history scan (`log`), how far through `git log -p` it is.
 */
export interface ScanProgress {
  phase: 'files' | 'context' | 'history' | 'policy' | 'log';
  /** Files scanned (or, in `context`, read for context) so far. */
  files: number;
  /** With `log`: commits and bytes of the log read so far. */
  log?: HistoryProgress;
}

/** A scan's report, plus the context the repository scanners finished with (for `audit`). */
export interface ScanRun {
  report: Report;
  context: RepoContext;
}

/**
 * Scans and returns a report. Findings are filtered to what the change adds, inline allows, config
 * allows and disables, and sorted.
 * @throws SealgateError for bad options, config or git problems (exit 2 in the CLI).
 */
export async function scan(options: ScanOptions = {}): Promise<Report> {
  return (await runScan(options)).report;
}

/**
 * `scan` with the repository scanners given (default: fresh built-in ones), returning the context they
 * finished with too, so a caller such as `audit` can read their state afterwards.
 * @throws SealgateError like `scan`.
 */
export async function runScan(options: ScanOptions = {}, repoScanners: RepoScanner[] = builtinRepoScanners()): Promise<ScanRun> {
  const cwd = options.cwd ?? process.cwd();
  const repoRoot = findRepoRoot(cwd);
  const config = resolveConfig(options.config, cwd, repoRoot);
  const sourceOpts = { cwd, maxFileSize: config.maxFileSize };

  const modes = [options.staged, options.range !== undefined, options.stdin !== undefined, options.history !== undefined].filter(Boolean).length;
  if (modes > 1) throw new SealgateError('USAGE', 'choose one of --staged, --range, --history and stdin (-)');
  if (options.history !== undefined) return historyRun(options.history === true ? {} : options.history, config, { ...options, cwd }, repoRoot);
  const source: Source = options.staged
    ? options.paths?.length
      ? stagedFilesSource(options.paths, sourceOpts)
      : stagedSource(sourceOpts)
    : options.range !== undefined
      ? rangeSource(options.range, sourceOpts)
      : options.stdin?.diff
        ? stdinDiffSource(options.stdin.text, sourceOpts)
        : options.stdin !== undefined
          ? stdinSource(options.stdin.text, options.stdin.name ?? '-', sourceOpts)
          : workingTreeSource(options.paths ?? [], sourceOpts);
  // A staged or range scan sees only the changed files; whole-repository checks also need the rest.
  const context = (options.staged || options.range !== undefined) && repoRoot !== undefined ? workingTreeSource([repoRoot], sourceOpts) : undefined;
  return scanSource(source, config, { ...options, cwd }, { repoScanners, repoRoot, ...(context ? { context } : {}) });
}

/** What `scanSource` needs besides the source itself. */
export interface ScanSetup {
  repoScanners: RepoScanner[];
  /** The Git work tree, for sealed values' history; undefined outside a repository. */
  repoRoot: string | undefined;
  /** Files the repository scanners read for context only (nothing is reported in them). */
  context?: Source;
}

/**
 * The pipeline behind `scan` over any source: scanners per target, repository scanners at the end, then
 * the filters (added lines, inline and config allows, baseline, disables) and sorting.
 * @throws SealgateError for git problems and scanner failures (the scan fails closed).
 */
export async function scanSource(source: Source, config: Config, options: ScanOptions, setup: ScanSetup): Promise<ScanRun> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const repoRoot = setup.repoRoot;
  const policy = options.policy ?? false;
  const scanners = builtinScanners({ customRules: config.rules.custom, ...(config.source ? { configFile: config.source } : {}) });
  const repoScanners = policy ? setup.repoScanners : [];
  const catalog = ruleCatalog([...scanners, ...setup.repoScanners]);
  const scannerOptions: ScannerOptions = {
    policy,
    decodeDepth: options.decodeDepth ?? 2,
    ...(options.sopsVerify ? { sopsVerify: options.sopsVerify } : {}),
    ...(options.keyPolicy ? { keyPolicy: options.keyPolicy } : {}),
  };
  const disabled = new Set(config.rules.disable);
  const allowRegexes = config.allow.regexes.map((r) => (r.startsWith('(?i)') ? new RegExp(r.slice(4), 'iu') : new RegExp(r, 'u')));
  const suppressions = options.noBaseline
    ? loadSuppressions({ ...config, baseline: undefined }, { cwd, ignoreDir: repoRoot ?? cwd })
    : loadSuppressions(config, { cwd, ignoreDir: repoRoot ?? cwd, ...(options.baseline !== undefined ? { baseline: options.baseline } : {}) });
  const stopwords = config.allow.stopwords.map((s) => s.toLowerCase());
  const progress = options.onProgress ?? (() => undefined);

  const findings: Finding[] = [];
  const notes: Note[] = [];
  let files = 0;
  let bytes = 0;
  let suppressed = 0;
  /** Targets by path, kept for the repository scanners' detections (policy scans only). */
  const seen = new Map<string, { target: ScanTarget; parsed: () => ParsedFile }>();
  /** Current sealed values of each file that has some, for their history. */
  const sealed = new Map<string, ValueMap>();

  const accept = (d: Detection, target: ScanTarget, parsed: () => ParsedFile): void => {
    if (!introducedByChange(d, target)) return;
    if (isInlineAllowed(parsed().lines, d.line) || isAllowedSecret(d, allowRegexes, stopwords)) {
      suppressed++;
      return;
    }
    const severity: Severity = config.rules.severity[d.ruleId] ?? d.severity;
    const finding = toFinding({ ...d, severity }, target.path, target.commit, { reveal: options.reveal ?? false });
    if (suppressions.silences(finding)) suppressed++;
    else findings.push(finding);
  };
  const collect = async (input: ScanInput) => {
    for (const r of repoScanners) await guard(r.id, input.target.path, () => r.collect(input));
    const values = sealedValues(input.parsed());
    if (values.size) sealed.set(input.target.path, values);
  };

  for await (const target of source.targets(options.signal)) {
    if (suppressions.skipsPath(target.path)) continue;
    files++;
    bytes += Buffer.byteLength(target.content);
    progress({ phase: 'files', files });
    const parsedOnce = lazyParse(target);
    const input: ScanInput = {
      target,
      parsed: parsedOnce,
      readFile: (p: string) => source.readFile(p, target.commit?.sha),
      options: scannerOptions,
    };
    const detections: Detection[] = [];
    for (const scanner of scanners) {
      for (const d of await runScanner(scanner, input, target)) if (!disabled.has(d.ruleId)) detections.push(d);
    }
    for (const d of dropCoveredCredentials(detections)) accept(d, target, parsedOnce);
    if (repoScanners.length) {
      await collect(input);
      seen.set(target.path, { target, parsed: parsedOnce });
    }
    if (parsedOnce.done()) {
      for (const diag of parsedOnce().diagnostics) notes.push({ file: target.path, kind: 'parse', message: diag.message, line: diag.line });
    }
  }
  for (const n of source.notes) notes.push({ file: n.path, kind: 'skipped', message: skipMessage(n.reason, n.detail) });

  const repoContext: RepoContext = { now: options.now ?? new Date(), maxSecretAgeDays: config.governance.maxSecretAgeDays };
  if (repoScanners.length) {
    if (setup.context) {
      let read = 0;
      for await (const target of setup.context.targets(options.signal)) {
        if (seen.has(target.path) || suppressions.skipsPath(target.path)) continue;
        progress({ phase: 'context', files: ++read });
        const readFile = (p: string) => setup.context?.readFile(p) ?? Promise.resolve(undefined);
        await collect({ target, parsed: lazyParse(target), readFile, options: scannerOptions });
      }
    }
    if (repoRoot !== undefined && sealed.size) {
      progress({ phase: 'history', files: sealed.size });
      repoContext.valueDates = await valueChangeDates(repoRoot, sealed, (path, text) => sealedValues(parseFile(path, text)), repoContext.now, {
        maxFileSize: config.maxFileSize,
        signal: options.signal,
      });
    }
    progress({ phase: 'policy', files });
    for (const r of repoScanners) {
      for (const { file, detection } of await guard(r.id, '', () => r.finish(repoContext))) {
        const at = seen.get(file);
        if (at && !disabled.has(detection.ruleId)) accept(detection, at.target, at.parsed);
      }
    }
  }

  const report = finalReport(findings, notes, { files, bytes, skipped: source.notes.length, suppressed, started }, catalog);
  return { report, context: repoContext };
}

/**
 * `scan --history` (see pipeline/history.ts). The governance checks judge the current state of a
 * repository, not its past, so `policy` is refused.
 * @throws SealgateError(USAGE) with `policy`; like `scan` otherwise.
 */
async function historyRun(range: HistoryRange, config: Config, options: ScanOptions & { cwd: string }, repoRoot: string | undefined): Promise<ScanRun> {
  if (options.policy) throw new SealgateError('USAGE', '--policy checks the current state of a repository: it cannot be combined with --history');
  const started = performance.now();
  const ctx = targetContext(config, { policy: false, decodeDepth: options.decodeDepth ?? 2 }, options.reveal ?? false);
  const suppressions = options.noBaseline
    ? loadSuppressions({ ...config, baseline: undefined }, { cwd: options.cwd, ignoreDir: repoRoot ?? options.cwd })
    : loadSuppressions(config, { cwd: options.cwd, ignoreDir: repoRoot ?? options.cwd, ...(options.baseline !== undefined ? { baseline: options.baseline } : {}) });
  const onProgress = options.onProgress;
  const r = await scanHistory({
    cwd: options.cwd,
    range,
    config,
    scannerOptions: ctx.scannerOptions,
    ...(options.sopsVerify ? { sopsVerify: options.sopsVerify } : {}),
    reveal: options.reveal ?? false,
    suppressions,
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(onProgress ? { onProgress: (log: HistoryProgress) => onProgress({ phase: 'log', files: 0, log }) } : {}),
  });
  const notes = [...r.notes, ...r.skips.map((n): Note => ({ file: n.path, kind: 'skipped', message: skipMessage(n.reason, n.detail) }))];
  const report = finalReport(r.findings, notes, { files: r.files, bytes: r.bytes, skipped: r.skips.length, suppressed: r.suppressed, started }, ruleCatalog(ctx.scanners));
  return { report, context: { now: options.now ?? new Date(), maxSecretAgeDays: config.governance.maxSecretAgeDays } };
}

/** Findings de-duplicated and sorted, counted by severity, with the documentation of their rules. */
function finalReport(findings: Finding[], notes: Note[], counts: { files: number; bytes: number; skipped: number; suppressed: number; started: number }, catalog: Map<string, RuleMeta>): Report {
  const kept = dedupe(findings).sort(compareFindings);
  const bySeverity = emptyBySeverity();
  for (const f of kept) bySeverity[f.severity]++;
  const rules: RuleMeta[] = [...new Set(kept.map((f) => f.ruleId))].sort().map((id) => catalog.get(id) ?? unknownRule(id, kept));
  return {
    version: 1,
    findings: kept,
    summary: {
      files: counts.files,
      bytes: counts.bytes,
      findings: kept.length,
      bySeverity,
      durationMs: Math.round(performance.now() - counts.started),
      skipped: counts.skipped,
      suppressed: counts.suppressed,
    },
    notes,
    rules,
  };
}

/** The file parsed once, on first use; `done()` tells whether anything asked for it. */
function lazyParse(target: ScanTarget): (() => ParsedFile) & { done(): boolean } {
  let parsed: ParsedFile | undefined;
  return Object.assign(() => (parsed ??= parseFile(target.path, target.content)), { done: () => parsed !== undefined });
}

/** The config to use: `config` itself, the file it names, or the discovered `.sealgate.yaml` (else the defaults). */
export function resolveConfig(config: Config | string | undefined, cwd: string, repoRoot: string | undefined): Config {
  if (config !== undefined && typeof config !== 'string') return config;
  const path = findConfig(cwd, repoRoot, config);
  return path === undefined ? defaultConfig() : loadConfig(path);
}

/** Runs a repository scanner step, failing closed like `runScanner`. */
async function guard<T>(id: string, file: string, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    throw new SealgateError('INPUT', `internal error in scanner ${id}; the repository was not checked (run with --debug for details)`, file || undefined, undefined, { cause: e });
  }
}

function skipMessage(reason: string, detail: string | undefined): string {
  const text: Record<string, string> = {
    binary: 'binary file, not scanned',
    'too-large': 'larger than the size limit, not scanned',
    unreadable: 'unreadable, not scanned',
    'not-utf8': 'not valid UTF-8',
    symlink: 'symbolic link, not followed',
    submodule: 'submodule or nested repository, not scanned (scan it on its own)',
    vanished: 'disappeared during the scan',
  };
  return detail ? `${text[reason] ?? reason} (${detail})` : (text[reason] ?? reason);
}

function unknownRule(id: string, findings: Finding[]): RuleMeta {
  const f = findings.find((x) => x.ruleId === id);
  return { id, category: f?.category ?? 'credential', severity: f?.severity ?? 'high', title: id, description: id, help: '' };
}
