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
import { builtinScanners, ruleCatalog, type Scanner, type ScannerOptions, type SopsVerifier } from '../scanners/index.ts';
import { findRepoRoot, rangeSource, stagedSource, stagedFilesSource, stdinDiffSource, stdinSource, workingTreeSource, type Source } from '../sources/index.ts';
import type { ScanTarget } from '../target.ts';
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
}

/**
 * Scans and returns a report. Findings are filtered to what the change adds, inline allows, config
 * allows and disables, and sorted.
 * @throws SealgateError for bad options, config or git problems (exit 2 in the CLI).
 */
export async function scan(options: ScanOptions = {}): Promise<Report> {
  const started = performance.now();
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

  const scanners = builtinScanners({ customRules: config.rules.custom, ...(config.source ? { configFile: config.source } : {}) });
  const catalog = ruleCatalog(scanners);
  const scannerOptions: ScannerOptions = { policy: options.policy ?? false, decodeDepth: options.decodeDepth ?? 2, ...(options.sopsVerify ? { sopsVerify: options.sopsVerify } : {}) };
  const disabled = new Set(config.rules.disable);
  const allowRegexes = config.allow.regexes.map((r) => (r.startsWith('(?i)') ? new RegExp(r.slice(4), 'iu') : new RegExp(r, 'u')));
  const suppressions = options.noBaseline
    ? loadSuppressions({ ...config, baseline: undefined }, { cwd, ignoreDir: repoRoot ?? cwd })
    : loadSuppressions(config, { cwd, ignoreDir: repoRoot ?? cwd, ...(options.baseline !== undefined ? { baseline: options.baseline } : {}) });
  const stopwords = config.allow.stopwords.map((s) => s.toLowerCase());

  const findings: Finding[] = [];
  const notes: Note[] = [];
  let files = 0;
  let bytes = 0;
  let suppressed = 0;

  for await (const target of source.targets(options.signal)) {
    if (suppressions.skipsPath(target.path)) continue;
    files++;
    bytes += Buffer.byteLength(target.content);
    let parsed: ParsedFile | undefined;
    const parsedOnce = () => (parsed ??= parseFile(target.path, target.content));
    const input = {
      target,
      parsed: parsedOnce,
      readFile: (p: string) => source.readFile(p, target.commit?.sha),
      options: scannerOptions,
    };
    const detections: Detection[] = [];
    for (const scanner of scanners) {
      for (const d of await runScanner(scanner, input, target)) if (!disabled.has(d.ruleId)) detections.push(d);
    }
    for (const d of dropCoveredCredentials(detections)) {
      if (!introducedByChange(d, target)) continue;
      if (isInlineAllowed(parsedOnce().lines, d.line) || isAllowedSecret(d, allowRegexes, stopwords)) {
        suppressed++;
        continue;
      }
      const severity: Severity = config.rules.severity[d.ruleId] ?? d.severity;
      const finding = toFinding({ ...d, severity }, target.path, target.commit, { reveal: options.reveal ?? false });
      if (suppressions.silences(finding)) suppressed++;
      else findings.push(finding);
    }
    if (parsed) {
      for (const diag of parsed.diagnostics) notes.push({ file: target.path, kind: 'parse', message: diag.message, line: diag.line });
    }
  }
  for (const n of source.notes) notes.push({ file: n.path, kind: 'skipped', message: skipMessage(n.reason, n.detail) });

  const kept = dedupe(findings).sort(compareFindings);
  const bySeverity = emptyBySeverity();
  for (const f of kept) bySeverity[f.severity]++;
  const rules: RuleMeta[] = [...new Set(kept.map((f) => f.ruleId))].sort().map((id) => catalog.get(id) ?? unknownRule(id, kept));
  return {
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
}

function resolveConfig(config: Config | string | undefined, cwd: string, repoRoot: string | undefined): Config {
  if (config !== undefined && typeof config !== 'string') return config;
  const path = findConfig(cwd, repoRoot, config);
  return path === undefined ? defaultConfig() : loadConfig(path);
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
