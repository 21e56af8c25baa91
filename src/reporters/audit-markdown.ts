import type { AuditItem, AuditReport, SecretAge } from '../findings/audit-report.ts';
import type { Finding } from '../findings/finding.ts';
import type { AuditReporter } from './audit-reporter.ts';

/** Findings listed in full; the rest are counted (the report is one page, `scan --policy` lists all). */
export const MAX_LISTED_FINDINGS = 25;

/** Text made inert for Markdown: no HTML, no table breaks, no emphasis or links from file content. */
export function mdText(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#])/g, '\\$1');
}

const box = (i: AuditItem) => (i.status === 'pass' ? '[x]' : '[ ]');

function itemLine(i: AuditItem): string {
  return `- ${box(i)} **${mdText(i.label)}**${i.status === 'manual' ? ' *(manual)*' : ''} — ${mdText(i.detail)}`;
}

function ageCell(s: SecretAge): string {
  if (s.ageDays === undefined) return 'unknown';
  return `${s.ageDays} d`;
}

function secretsTable(secrets: readonly SecretAge[]): string[] {
  if (secrets.length === 0) return [];
  const out = ['', '| Secret | Key | Last changed | Age | Status | File |', '| --- | --- | --- | ---: | --- | --- |'];
  for (const s of secrets) {
    const changed = s.changed ? `${s.changed.slice(0, 10)}${s.commit ? ` (${s.commit.slice(0, 7)})` : s.kind === 'sealed-secret' ? ' (uncommitted)' : ''}` : '—';
    const status = s.overdue ? '**overdue**' : s.ageDays === undefined ? 'unknown' : 'ok';
    out.push(`| ${mdText(s.name)} | ${s.key ? mdText(s.key) : `*${s.kind === 'sops' ? 'SOPS file' : ''}*`} | ${changed} | ${ageCell(s)} | ${status} | ${mdText(s.file)}:${s.line} |`);
  }
  return out;
}

function findingsTable(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return ['', 'No findings.'];
  const out = ['', '| Severity | Rule | Where | Message |', '| --- | --- | --- | --- |'];
  for (const f of findings.slice(0, MAX_LISTED_FINDINGS)) {
    const secret = f.secret !== undefined ? ` (secret: ${mdText(f.secret)})` : '';
    out.push(`| ${f.severity} | ${mdText(f.ruleId)} | ${mdText(f.file)}:${f.line} | ${mdText(f.message)}${secret} |`);
  }
  if (findings.length > MAX_LISTED_FINDINGS) out.push('', `…and ${findings.length - MAX_LISTED_FINDINGS} more: run \`sealgate scan --policy\` for the full list.`);
  return out;
}

/** The one-page report as GitHub-flavoured Markdown (task-list checkboxes, tables). */
export const auditMarkdown: AuditReporter = (report: AuditReport, ctx) => {
  const out: string[] = [
    `# Secret governance report: ${mdText(report.target)}`,
    '',
    `Generated ${report.generatedAt.slice(0, 10)} · maximum secret age ${report.maxSecretAgeDays} days · ${report.summary.files} files scanned · sealgate ${ctx.version}`,
  ];
  for (const section of report.sections) {
    out.push('', `## ${section.title}`, '', ...section.items.map(itemLine));
    if (section.id === 'rotation') out.push(...secretsTable(report.secrets));
  }
  out.push('', '## Manual checks', '', 'The repository cannot show these; tick them by hand.', '', ...report.manual.map(itemLine));
  out.push('', '## Findings', ...findingsTable(report.findings));
  return `${out.join('\n')}\n`;
};
