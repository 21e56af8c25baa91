import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../findings/finding.ts';
import type { Reporter } from './reporter.ts';

const SEVERITY: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

/** GitLab wants `YYYY-MM-DDTHH:MM:SS`: no zone, no milliseconds. */
function gitlabTime(d: Date): string {
  return d.toISOString().slice(0, 19);
}

/** A UUID-shaped id derived from the finding, so the same finding keeps its id across pipelines. */
function stableId(f: Finding, n: number): string {
  const h = createHash('sha256').update(`${f.fingerprint}:${f.commit ?? ''}:${n}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** `gl-secret-detection-report.json` (GitLab security report schema 15.x, type secret_detection). */
export const gitlab: Reporter = (report, ctx) => {
  const end = ctx.now ?? new Date();
  const start = new Date(end.getTime() - report.summary.durationMs);
  const tool = { id: 'sealgate', name: 'sealgate', version: ctx.version, vendor: { name: 'sealgate' } };
  const titles = new Map(report.rules.map((r) => [r.id, r]));
  const seen = new Map<string, number>();
  const vulnerabilities = report.findings.map((f) => {
    const n = (seen.get(f.fingerprint) ?? 0) + 1;
    seen.set(f.fingerprint, n);
    const rule = titles.get(f.ruleId);
    return {
      id: stableId(f, n),
      name: (rule?.title ?? f.ruleId).slice(0, 255),
      description: f.message,
      severity: SEVERITY[f.severity],
      ...(rule?.help ? { solution: rule.help } : {}),
      ...(f.secret !== undefined ? { raw_source_code_extract: f.secret } : {}),
      identifiers: [{ type: 'sealgate_rule_id', name: `sealgate rule ${f.ruleId}`, value: f.ruleId }],
      location: {
        file: f.file,
        start_line: f.line,
        end_line: f.endLine,
        commit: { sha: f.commit ?? '0000000' },
      },
    };
  });
  const doc = {
    version: '15.0.7',
    scan: {
      analyzer: tool,
      scanner: tool,
      type: 'secret_detection',
      start_time: gitlabTime(start),
      end_time: gitlabTime(end),
      status: 'success',
    },
    vulnerabilities,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
};
