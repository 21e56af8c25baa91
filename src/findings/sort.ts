import { severityRank, type Finding } from './finding.ts';

/** Report order: file, line, column, then worst severity first, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    severityRank(b.severity) - severityRank(a.severity) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** Drops exact duplicates (same fingerprint at the same place, e.g. from two sources of one file). */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.fingerprint}\0${f.line}\0${f.column}\0${f.commit ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
