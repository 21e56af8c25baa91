import type { Report } from '../findings/report.ts';

/** GitHub rejects a step summary above 1 MiB; stay well under it. */
const MAX_SUMMARY = 900 * 1024;

function cell(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

/** The job summary: counts, then one table row per finding (redacted), truncated with a note if huge. */
export function jobSummary(report: Report, range: string | undefined): string {
  const s = report.summary;
  const head = [
    `## sealgate: ${s.findings === 0 ? 'no findings' : `${s.findings} finding${s.findings === 1 ? '' : 's'}`}`,
    '',
    `Scanned ${s.files} file${s.files === 1 ? '' : 's'}${range ? ` in \`${range}\`` : ''}` +
      `${s.skipped ? `, ${s.skipped} skipped` : ''}${s.suppressed ? `, ${s.suppressed} suppressed` : ''}.`,
    '',
  ];
  if (s.findings === 0) return `${head.join('\n')}\n`;
  const rows = ['| Severity | Rule | Location | Finding | Value |', '| --- | --- | --- | --- | --- |'];
  let size = head.join('\n').length + rows.join('\n').length;
  let shown = 0;
  for (const f of report.findings) {
    const where = `\`${cell(f.file)}:${f.line}\`${f.commit ? ` (${f.commit.slice(0, 7)})` : ''}`;
    const row = `| ${f.severity} | \`${f.ruleId}\` | ${where} | ${cell(f.message)} | ${f.secret !== undefined ? `\`${cell(f.secret)}\`` : ''} |`;
    if (size + row.length > MAX_SUMMARY) break;
    rows.push(row);
    size += row.length + 1;
    shown++;
  }
  const more = report.findings.length - shown;
  return `${head.join('\n')}${rows.join('\n')}\n${more ? `\n…and ${more} more (see the SARIF report).\n` : ''}`;
}
