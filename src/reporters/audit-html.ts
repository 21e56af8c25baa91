import type { AuditItem, AuditReport, AuditSection, SecretAge } from '../findings/audit-report.ts';
import type { Finding } from '../findings/finding.ts';
import { MAX_LISTED_FINDINGS } from './audit-markdown.ts';
import type { AuditReporter } from './audit-reporter.ts';

/** Rows of the age chart and tables kept when printing, so the report fits one page. */
const PRINTED_ROWS = 6;
const CHART_BARS = 12;

/** Text and attribute values made inert for HTML. */
export function htmlText(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// No url(), @import or web fonts: the report opens and prints with no network.
const CSS = `
*{box-sizing:border-box}
body{font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;margin:24px auto;max-width:1100px;padding:0 16px}
h1{font-size:20px;margin:0 0 2px}
h2{font-size:15px;margin:0 0 6px;border-bottom:1px solid #d0d7de;padding-bottom:2px}
.meta,.note,footer{color:#57606a;font-size:12px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:12px 20px;margin-top:12px}
section{break-inside:avoid}
ul.checklist{list-style:none;margin:0;padding:0}
ul.checklist li{margin:0 0 5px;padding-left:22px;text-indent:-22px}
.box{display:inline-block;width:22px;text-indent:0;font-size:15px}
.pass .box{color:#1a7f37}.fail .box{color:#cf222e}.manual .box{color:#9a6700}
.detail{display:block;text-indent:0;color:#424a53;font-size:12px}
.tag{font-size:10px;border:1px solid #d4a72c;color:#9a6700;border-radius:8px;padding:0 5px;margin-left:4px}
table{border-collapse:collapse;width:100%;font-size:11.5px;margin-top:6px}
th,td{border-bottom:1px solid #eaeef2;padding:2px 6px;text-align:left;vertical-align:top}
td.num{text-align:right;white-space:nowrap}
tr.overdue td{color:#a40e26;font-weight:600}
.sev{font-weight:600;text-transform:uppercase;font-size:10px}
.sev-critical,.sev-high{color:#cf222e}.sev-medium{color:#bc4c00}.sev-low{color:#9a6700}.sev-info{color:#57606a}
svg.ages{width:100%;height:auto;margin-top:6px}
svg.ages text{font:10px system-ui,sans-serif;fill:#1f2328}
svg.ages .bar{fill:#54aeff}svg.ages .bar.overdue{fill:#ff8182}svg.ages .limit{stroke:#cf222e;stroke-dasharray:3 2}
.wide{grid-column:1/-1}
code{font-size:11px}
.print-only{display:none}
@page{size:A4 portrait;margin:9mm}
@media print{
body{font-size:8.5pt;margin:0;max-width:none;padding:0}
h1{font-size:13pt}h2{font-size:10pt;margin-bottom:3px}
.grid{gap:5px 14px;margin-top:6px}
ul.checklist li{margin-bottom:3px}
.box{font-size:11pt}
.detail,.note{font-size:7.5pt}
table{font-size:7pt}
table.secrets,.extra,tr.extra,.screen-only{display:none}
.print-only{display:block}
section.manual ul{columns:2;column-gap:14px}
section.manual li{break-inside:avoid}
section.manual .detail,section.manual .note,.col-rule{display:none}
}
`;

const GLYPH: Record<AuditItem['status'], string> = { pass: '&#9745;', fail: '&#9744;', manual: '&#9744;' };

function itemHtml(i: AuditItem): string {
  const tag = i.status === 'manual' ? '<span class="tag">manual</span>' : '';
  return `<li class="${i.status}"><span class="box" aria-label="${i.status}">${GLYPH[i.status]}</span><strong>${htmlText(i.label)}</strong>${tag}<span class="detail">${htmlText(i.detail)}</span></li>`;
}

function checklist(items: readonly AuditItem[]): string {
  return `<ul class="checklist">\n${items.map(itemHtml).join('\n')}\n</ul>`;
}

function secretLabel(s: SecretAge): string {
  return s.key ? `${s.name} ${s.key}` : s.name;
}

/** Horizontal bars of the oldest secrets' ages with the limit drawn as a dashed line. */
export function ageChart(secrets: readonly SecretAge[], maxAgeDays: number): string {
  const aged = secrets.filter((s) => s.ageDays !== undefined).slice(0, CHART_BARS);
  if (aged.length === 0) return '';
  const labelW = 240;
  const barW = 270;
  const rowH = 15;
  const top = 14;
  const height = top + aged.length * rowH + 4;
  const scaleMax = Math.max(maxAgeDays * 1.25, ...aged.map((s) => s.ageDays as number), 1);
  const x = (days: number) => labelW + Math.round((days / scaleMax) * barW);
  const clip = (t: string) => (t.length > 40 ? `${t.slice(0, 39)}…` : t);
  const bars = aged.map((s, i) => {
    const y = top + i * rowH;
    const w = Math.max(1, x(s.ageDays as number) - labelW);
    return (
      `<text x="${labelW - 6}" y="${y + 10}" text-anchor="end">${htmlText(clip(secretLabel(s)))}</text>` +
      `<rect class="bar${s.overdue ? ' overdue' : ''}" x="${labelW}" y="${y + 2}" width="${w}" height="${rowH - 4}"/>` +
      `<text x="${labelW + w + 4}" y="${y + 10}">${s.ageDays} d${s.overdue ? ' overdue' : ''}</text>`
    );
  });
  const limitX = x(maxAgeDays);
  return [
    `<svg class="ages" viewBox="0 0 600 ${height}" role="img" aria-label="Secret ages in days, oldest first; the dashed line is the ${maxAgeDays}-day limit">`,
    `<line class="limit" x1="${limitX}" y1="4" x2="${limitX}" y2="${height}"/>`,
    `<text x="${limitX + 3}" y="10">${maxAgeDays}-day limit</text>`,
    ...bars,
    '</svg>',
  ].join('\n');
}

function secretsTable(secrets: readonly SecretAge[]): string {
  if (secrets.length === 0) return '';
  const rows = secrets.map((s, i) => {
    const cls = [s.overdue ? 'overdue' : '', i >= PRINTED_ROWS ? 'extra' : ''].filter(Boolean).join(' ');
    const changed = s.changed ? `${s.changed.slice(0, 10)}${s.commit ? ` <code>${htmlText(s.commit.slice(0, 7))}</code>` : s.kind === 'sealed-secret' ? ' (uncommitted)' : ''}` : '&#8212;';
    const status = s.overdue ? 'overdue' : s.ageDays === undefined ? 'unknown' : 'ok';
    return `<tr${cls ? ` class="${cls}"` : ''}><td>${htmlText(s.name)}</td><td>${s.key ? htmlText(s.key) : '<em>SOPS file</em>'}</td><td>${changed}</td><td class="num">${s.ageDays === undefined ? '?' : `${s.ageDays} d`}</td><td>${status}</td></tr>`;
  });
  return `<table class="secrets">\n<thead><tr><th>Secret</th><th>Key</th><th>Last changed</th><th>Age</th><th>Status</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function findingsTable(findings: readonly Finding[]): string {
  if (findings.length === 0) return '<p class="note">No findings.</p>';
  const rows = findings.slice(0, MAX_LISTED_FINDINGS).map((f, i) => {
    const secret = f.secret !== undefined ? ` <code>${htmlText(f.secret)}</code>` : '';
    return `<tr${i >= PRINTED_ROWS ? ' class="extra"' : ''}><td class="sev sev-${f.severity}">${f.severity}</td><td class="col-rule">${htmlText(f.ruleId)}</td><td>${htmlText(f.file)}:${f.line}</td><td>${htmlText(f.message)}${secret}</td></tr>`;
  });
  const note = (hidden: number, cls: string) =>
    hidden > 0 ? `\n<p class="note ${cls}">${hidden} more finding${hidden === 1 ? '' : 's'}: run <code>sealgate scan --policy</code> for the full list.</p>` : '';
  const more = note(findings.length - Math.min(findings.length, PRINTED_ROWS), 'print-only') + note(findings.length - Math.min(findings.length, MAX_LISTED_FINDINGS), 'screen-only');
  return `<table class="findings">\n<thead><tr><th>Severity</th><th class="col-rule">Rule</th><th>Where</th><th>Message</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>${more}`;
}

function sectionHtml(s: AuditSection): string {
  return `<section class="${s.id}">\n<h2>${htmlText(s.title)}</h2>\n${checklist(s.items)}\n</section>`;
}

function agesHtml(report: AuditReport): string {
  if (report.secrets.length === 0) return '';
  const overdue = report.secrets.filter((s) => s.overdue).length;
  return `<section class="ages wide">\n<h2>Secret ages (${report.secrets.length}, ${overdue} overdue)</h2>\n${ageChart(report.secrets, report.maxSecretAgeDays)}\n${secretsTable(report.secrets)}\n</section>\n`;
}

/**
 * The one-page report as a self-contained HTML document: inline CSS and SVG, no script, no external
 * resource; print CSS fits it on one A4 page (long tables print their first rows).
 */
export const auditHtml: AuditReporter = (report, ctx) => {
  const title = `Secret governance report: ${report.target}`;
  const ticked = report.sections.flatMap((s) => s.items).filter((i) => i.status === 'pass').length;
  const total = report.sections.reduce((n, s) => n + s.items.length, 0);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${htmlText(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${htmlText(title)}</h1>
<p class="meta">Generated ${htmlText(report.generatedAt.slice(0, 10))} &#183; ${ticked} of ${total} checks ticked &#183; maximum secret age ${report.maxSecretAgeDays} days &#183; ${report.summary.files} files scanned</p>
</header>
<div class="grid">
${report.sections.map(sectionHtml).join('\n')}
${agesHtml(report)}<section class="manual wide">
<h2>Manual checks</h2>
<p class="note">The repository cannot show these; tick them by hand.</p>
${checklist(report.manual)}
</section>
<section class="findings wide">
<h2>Findings (${report.findings.length})</h2>
${findingsTable(report.findings)}
</section>
</div>
<footer>sealgate ${htmlText(ctx.version)} &#183; secrets are redacted; sealed values appear by name and age only.</footer>
</body>
</html>
`;
};
