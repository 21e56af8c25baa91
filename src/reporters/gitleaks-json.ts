import type { Reporter } from './reporter.ts';

/**
 * gitleaks' JSON report field names (v8), for teams whose scripts post-process gitleaks reports.
 * `Match` and `Secret` hold the (redacted) secret; `Fingerprint` is gitleaks' positional
 * `[commit:]file:rule:line`, the `.gitleaksignore` format.
 */
export const gitleaksJson: Reporter = (report) => {
  const titles = new Map(report.rules.map((r) => [r.id, r.title]));
  const rows = report.findings.map((f) => ({
    RuleID: f.ruleId,
    Description: titles.get(f.ruleId) ?? f.ruleId,
    StartLine: f.line,
    EndLine: f.endLine,
    StartColumn: f.column,
    EndColumn: f.endColumn,
    Match: f.secret ?? '',
    Secret: f.secret ?? '',
    File: f.file,
    SymlinkFile: '',
    Commit: f.commit ?? '',
    Entropy: 0,
    Author: f.author ?? '',
    Email: '',
    Date: f.date ?? '',
    Message: '',
    Tags: [f.category, f.severity],
    Fingerprint: `${f.commit ? `${f.commit}:` : ''}${f.file}:${f.ruleId}:${f.line}`,
  }));
  return `${JSON.stringify(rows, null, 1)}\n`;
};
