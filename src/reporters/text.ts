import { SEVERITIES, type Finding, type Severity } from '../findings/finding.ts';
import { remediationHint } from '../findings/remediation.ts';
import type { ReportContext, Reporter } from './reporter.ts';

const SEVERITY_COLOR: Record<Severity, string> = {
  critical: '\x1b[1;35m',
  high: '\x1b[1;31m',
  medium: '\x1b[33m',
  low: '\x1b[36m',
  info: '\x1b[2m',
};

/** Control characters from file names or messages must not reach a terminal (escape-sequence injection). */
function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === '\n' ? '\n    ' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** Human output: one block per finding (place, severity, rule, message, redacted value, how to fix it there), then a summary. */
export const text: Reporter = (report, ctx) => {
  const paint = (code: string, s: string) => (ctx.color ? `${code}${s}\x1b[0m` : s);
  const dim = (s: string) => paint('\x1b[2m', s);
  const out: string[] = [];
  const help = new Map(report.rules.map((r) => [r.id, r.help]));
  for (const f of report.findings) {
    out.push(`${paint('\x1b[1m', `${printable(f.file)}:${f.line}:${f.column}`)}  ${paint(SEVERITY_COLOR[f.severity], f.severity)}  ${f.ruleId}${commitSuffix(f)}`);
    out.push(`  ${printable(f.message)}`);
    if (f.secret !== undefined) out.push(`  ${dim(ctx.revealed ? 'secret (not redacted):' : 'secret:')} ${printable(f.secret)}`);
    const h = remediationHint(f) ?? help.get(f.ruleId);
    if (h) out.push(`  ${dim('fix:')} ${printable(h)}`);
    out.push('');
  }
  for (const n of report.notes) {
    out.push(dim(`note: ${printable(n.file)}${n.line !== undefined ? `:${n.line}` : ''}: ${printable(n.message)}`));
  }
  if (report.notes.length) out.push('');
  out.push(summaryLine(report.findings, report.summary, paint));
  return `${out.join('\n')}\n`;
};

function commitSuffix(f: Finding): string {
  return f.commit ? `  (commit ${f.commit.slice(0, 12)}${f.author ? ` by ${printable(f.author)}` : ''}${f.date ? `, ${f.date.slice(0, 10)}` : ''})` : '';
}

function summaryLine(findings: Finding[], s: { files: number; skipped: number; suppressed: number; durationMs: number; bySeverity: Record<Severity, number> }, paint: (c: string, s: string) => string): string {
  const parts = [`${s.files} file${s.files === 1 ? '' : 's'} scanned`];
  if (s.skipped) parts.push(`${s.skipped} skipped`);
  if (s.suppressed) parts.push(`${s.suppressed} suppressed`);
  parts.push(`${s.durationMs} ms`);
  if (findings.length === 0) return `${paint('\x1b[32m', '✔ no findings')} · ${parts.join(' · ')}`;
  const counts = SEVERITIES.filter((sev) => s.bySeverity[sev] > 0).map((sev) => `${s.bySeverity[sev]} ${sev}`);
  const n = findings.length;
  return `${paint('\x1b[31m', `✖ ${n} finding${n === 1 ? '' : 's'}`)} (${counts.join(', ')}) · ${parts.join(' · ')}`;
};
