import type { Config } from '../config/config.ts';
import type { Detection, Finding, Severity } from '../findings/finding.ts';
import { toFinding } from '../findings/finalize.ts';
import { secretHash } from '../findings/fingerprint.ts';
import { isInlineAllowed } from '../findings/inline-allow.ts';
import { dropCoveredCredentials } from '../findings/overlap.ts';
import type { Note } from '../findings/report.ts';
import { SealgateError } from '../errors.ts';
import { parseFile } from '../parse/file.ts';
import type { ParsedFile } from '../parse/types.ts';
import { builtinScanners, type Scanner, type ScannerOptions } from '../scanners/index.ts';
import type { ScanTarget } from '../target.ts';

/** Everything that scanning one target needs besides the target: built once per scan (and per worker). */
export interface TargetScanContext {
  scanners: Scanner[];
  scannerOptions: ScannerOptions;
  disabled: ReadonlySet<string>;
  allowRegexes: RegExp[];
  stopwords: string[];
  severity: Readonly<Record<string, Severity>>;
  reveal: boolean;
  /** Also give each finding a key naming its secret wherever it is (history mode reports a secret once). */
  secretKeys?: boolean;
}

/** What one target gave: findings (not yet checked against the baseline), inline/config allows, parse notes. */
export interface TargetResult {
  findings: Finding[];
  /**
   * With `secretKeys`, one per finding: the rule and a hash of the raw secret (not of the file, so the
   * same secret moved or copied elsewhere has the same key); the fingerprint for a finding without a secret.
   */
  keys: string[];
  suppressed: number;
  notes: Note[];
}

/**
 * The scanners, rule switches and allowlists of `config`.
 * @throws SealgateError(CONFIG) when a custom rule is invalid.
 */
export function targetContext(config: Config, scannerOptions: ScannerOptions, reveal: boolean): TargetScanContext {
  return {
    scanners: builtinScanners({ customRules: config.rules.custom, ...(config.source ? { configFile: config.source } : {}) }),
    scannerOptions,
    disabled: new Set(config.rules.disable),
    allowRegexes: config.allow.regexes.map((r) => (r.startsWith('(?i)') ? new RegExp(r.slice(4), 'iu') : new RegExp(r, 'u'))),
    stopwords: config.allow.stopwords.map((s) => s.toLowerCase()),
    severity: config.rules.severity,
    reveal,
  };
}

/**
 * Runs every scanner on `target` and keeps what the change introduced and nothing allows: findings carry
 * the target's commit and the configured severity.
 * @throws SealgateError(INPUT) when a scanner breaks on the file (fail closed).
 */
export async function scanTarget(target: ScanTarget, readFile: (path: string) => Promise<string | undefined>, ctx: TargetScanContext): Promise<TargetResult> {
  let parsed: ParsedFile | undefined;
  const parsedOnce = () => (parsed ??= parseFile(target.path, target.content));
  const input = { target, parsed: parsedOnce, readFile, options: ctx.scannerOptions };
  const detections: Detection[] = [];
  for (const scanner of ctx.scanners) {
    for (const d of await runScanner(scanner, input, target)) if (!ctx.disabled.has(d.ruleId)) detections.push(d);
  }
  const findings: Finding[] = [];
  const keys: string[] = [];
  let suppressed = 0;
  for (const d of dropCoveredCredentials(detections)) {
    if (!introducedByChange(d, target)) continue;
    if (isInlineAllowed(parsedOnce().lines, d.line) || isAllowedSecret(d, ctx.allowRegexes, ctx.stopwords)) {
      suppressed++;
      continue;
    }
    const severity: Severity = ctx.severity[d.ruleId] ?? d.severity;
    const finding = toFinding({ ...d, severity }, target.path, target.commit, { reveal: ctx.reveal });
    findings.push(finding);
    if (ctx.secretKeys) keys.push(d.secret !== undefined && d.secret !== '' ? `${d.ruleId}\0${secretHash(d.ruleId, '', d.secret)}` : finding.fingerprint);
  }
  const notes: Note[] = [];
  // `parsed` is assigned inside parsedOnce, which TypeScript's flow analysis does not see.
  const done = parsed as ParsedFile | undefined;
  if (done) for (const diag of done.diagnostics) notes.push({ file: target.path, kind: 'parse', message: diag.message, line: diag.line });
  return { findings, keys, suppressed, notes };
}

/**
 * Runs one scanner on a target, failing closed.
 * @throws SealgateError(INPUT) when the scanner throws; the original error travels only as the cause.
 */
export async function runScanner(scanner: Scanner, input: Parameters<Scanner['scan']>[0], target: ScanTarget): Promise<Detection[]> {
  try {
    return await scanner.scan(input);
  } catch (e) {
    // Fail closed: a scanner that breaks on a file must not let the file pass unexamined.
    // The message of an unexpected error may quote file content, so it travels only as the cause (--debug).
    throw new SealgateError('INPUT', `internal error in scanner ${scanner.id}; the file was not checked (run with --debug for details)`, target.path, undefined, { cause: e });
  }
}

/** A finding belongs to a change when its line was added, or, for manifests, any line of its document was. */
export function introducedByChange(d: Detection, target: ScanTarget): boolean {
  const added = target.added;
  if (added === 'all') return true;
  for (let l = d.line; l <= d.endLine; l++) if (added.has(l)) return true;
  if (d.documentLines) {
    for (const l of added) if (l >= d.documentLines.start && l <= d.documentLines.end) return true;
  }
  return false;
}

/** True when the config's `allow.regexes` or `allow.stopwords` silence the detection's secret. */
export function isAllowedSecret(d: Detection, regexes: RegExp[], stopwords: string[]): boolean {
  if (d.secret === undefined) return false;
  const secret = d.secret;
  if (regexes.some((r) => r.test(secret))) return true;
  const lower = secret.toLowerCase();
  return stopwords.some((w) => lower.includes(w));
}
