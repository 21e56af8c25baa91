import { severityRank, type Finding, type Severity } from '../findings/finding.ts';
import type { Reporter } from './reporter.ts';
import { workflowCommand } from './workflow-commands.ts';

type Level = 'error' | 'warning' | 'notice';

const LEVEL: Record<Severity, Level> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice', info: 'notice' };

/** GitHub shows at most 10 annotations of each level per step; the rest are dropped silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * GitHub workflow-command annotations, worst first, at most 10 per level, then one plain line counting the
 * findings that were not annotated. Messages never hold the secret; file names are escaped.
 */
export const github: Reporter = (report) => {
  const lines: string[] = [];
  const used: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  let dropped = 0;
  const ordered = [...report.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  for (const f of ordered) {
    const level = LEVEL[f.severity];
    if (used[level] >= ANNOTATIONS_PER_LEVEL) {
      dropped++;
      continue;
    }
    used[level]++;
    lines.push(annotation(f, level));
  }
  if (dropped > 0) lines.push(`sealgate: ${dropped} more finding${dropped === 1 ? '' : 's'} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level); see the SARIF report or the job summary.`);
  return lines.length ? `${lines.join('\n')}\n` : '';
};

export function annotation(f: Finding, level: Level = LEVEL[f.severity]): string {
  const where = f.commit ? ` (commit ${f.commit.slice(0, 12)})` : '';
  const secret = f.secret !== undefined ? ` [${f.secret}]` : '';
  return workflowCommand(
    level,
    {
      file: f.file,
      line: f.line,
      endLine: f.endLine,
      col: f.column,
      endColumn: f.endColumn,
      title: `sealgate ${f.ruleId} (${f.severity})`,
    },
    `${f.message}${secret}${where}`,
  );
}
