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
  type ScannerOptions,
  type SopsVerifier,
} from '../scanners/index.ts';
import { findRepoRoot, rangeSource, stagedSource, stagedFilesSource, stdinDiffSource, stdinSource, workingTreeSource, type Source } from '../sources/index.ts';
import type { ScanTarget } from '../target.ts';
import { valueChangeDates, type ValueMap } from './secret-ages.ts';
import { loadSuppressions } from './suppress.ts';

/** What to scan and how. Exactly one of `staged`, `range`, `stdin` may be set; otherwise `paths` (default `.`). */
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
  /** The time secret ages are measured against. Default: now. */
  now?: Date;
  /** Called as the scan goes, e.g. to draw progress on a terminal. */
  onProgress?: (p: ScanProgress) => void;
}

/** Where a long scan is: `files` scanned so far, then reading Git history, then the policy checks. */
export interface ScanProgress {
  phase: 'files' | 'context' | 'history' | 'policy';
  /** Files scanned (or, in `context`, read for context) so far. */
  files: number;
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

  const modes = [options.staged, options.range !== undefined, options.stdin !== undefined].filter(Boolean).length;
  if (modes > 1) throw new SealgateError('USAGE', 'choose one of --staged, --range and stdin (-)');
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
  const scannerOptions: ScannerOptions = { policy, decodeDepth: options.decodeDepth ?? 2, ...(options.sopsVerify ? { sopsVerify: options.sopsVerify } : {}) };
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

  const kept = dedupe(findings).sort(compareFindings);
  const bySeverity = emptyBySeverity();
  for (const f of kept) bySeverity[f.severity]++;
  const rules: RuleMeta[] = [...new Set(kept.map((f) => f.ruleId))].sort().map((id) => catalog.get(id) ?? unknownRule(id, kept));
  const report: Report = {
    version: 1,
    findings: kept,
    summary: {
      files,
      bytes,
      findings: kept.length,
      bySeverity,
      durationMs: Math.round(performance.now() - started),
      skipped: source.notes.length,
      suppressed,
    },
    notes,
    rules,
  };
  return { report, context: repoContext };
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

async function runScanner(scanner: Scanner, input: Parameters<Scanner['scan']>[0], target: ScanTarget): Promise<Detection[]> {
  try {
    return await scanner.scan(input);
  } catch (e) {
    // Fail closed: a scanner that breaks on a file must not let the file pass unexamined.
    // The message of an unexpected error may quote file content, so it travels only as the cause (--debug).
    throw new SealgateError('INPUT', `internal error in scanner ${scanner.id}; the file was not checked (run with --debug for details)`, target.path, undefined, { cause: e });
  }
}

/** A finding belongs to a change when its line was added, or, for manifests, any line of its document was. */
function introducedByChange(d: Detection, target: ScanTarget): boolean {
  const added = target.added;
  if (added === 'all') return true;
  for (let l = d.line; l <= d.endLine; l++) if (added.has(l)) return true;
  if (d.documentLines) {
    for (const l of added) if (l >= d.documentLines.start && l <= d.documentLines.end) return true;
  }
  return false;
}

function isAllowedSecret(d: Detection, regexes: RegExp[], stopwords: string[]): boolean {
  if (d.secret === undefined) return false;
  const secret = d.secret;
  if (regexes.some((r) => r.test(secret))) return true;
  const lower = secret.toLowerCase();
  return stopwords.some((w) => lower.includes(w));
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
