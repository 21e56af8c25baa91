import type { CommitInfo } from '../target.ts';
import type { Detection, Finding } from './finding.ts';
import { fingerprint } from './fingerprint.ts';
import { redact } from './redact.ts';

export interface FinalizeOptions {
  /** Keep the secret as found (`--no-redact`). Default: false. */
  reveal?: boolean;
}

/** Turns a scanner's detection into a Finding: fingerprint from the raw secret, then redaction. */
export function toFinding(d: Detection, file: string, commit: CommitInfo | undefined, opts: FinalizeOptions = {}): Finding {
  const f: Finding = {
    ruleId: d.ruleId,
    category: d.category,
    severity: d.severity,
    message: d.message,
    file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    fingerprint: fingerprint(d, file),
  };
  if (d.secret !== undefined && d.secret !== '') f.secret = opts.reveal ? d.secret : redact(d.secret);
  if (commit) {
    f.commit = commit.sha;
    f.author = commit.author;
    f.date = commit.date;
  }
  if (d.kubernetes) f.kubernetes = { ...d.kubernetes };
  if (d.fix) f.fix = d.fix;
  return f;
}
