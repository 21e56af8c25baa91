import type { Finding, RuleMeta, Severity } from './finding.ts';

/** Something the scan wants the user to know that is not a finding: a skipped or partly parsed file. */
export interface Note {
  file: string;
  /** `skipped` files were not scanned; `parse` files were scanned line by line or in part. */
  kind: 'skipped' | 'parse';
  /** Short and fixed, e.g. "binary file", "larger than 10485760 bytes", "YAML syntax error: …". */
  message: string;
  line?: number;
}

export interface Summary {
  files: number;
  bytes: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  durationMs: number;
  /** Files not scanned (binary, too large, unreadable); each has a note. */
  skipped: number;
  /** Findings silenced by a baseline, ignore file or inline allow. */
  suppressed: number;
}

/** The result of a scan (JSON report: `{ version: 1, findings, summary }` plus notes). */
export interface Report {
  version: 1;
  findings: Finding[];
  summary: Summary;
  notes: Note[];
  /** Documentation of every rule that has a finding in this report, for reporters. */
  rules: RuleMeta[];
}

export function emptyBySeverity(): Record<Severity, number> {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}
