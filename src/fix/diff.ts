/**
 * `sealgate fix --dry-run`: a unified diff of a planned fix (the `diff` package), with the plaintext values
 * of the Secrets being replaced redacted on the removed lines (unless `--no-redact`): line counts are kept,
 * so the hunk headers still point at the real file.
 */
import { createTwoFilesPatch } from 'diff';
import { redact } from '../findings/redact.ts';
import { LAST_APPLIED_ANNOTATIONS, parseFile } from '../parse/file.ts';
import { asSecret } from '../parse/manifest.ts';
import { at, entriesOf } from '../parse/nodes.ts';
import type { Span } from '../parse/types.ts';
import type { FilePlan } from './plan.ts';
import { spliceAll, type Range } from './splice.ts';

/** The unified diff of `plan` (`a/PATH` → `b/PATH`), or '' when it changes nothing. */
export function planDiff(plan: FilePlan, reveal: boolean): string {
  if (plan.after === undefined) return '';
  const before = reveal ? plan.before : redactReplaced(plan);
  return createTwoFilesPatch(`a/${plan.path}`, `b/${plan.path}`, before, plan.after, undefined, undefined, { context: 3 }).replace(/^=+\n/, '');
}

/** The old text with every value of the replaced Secrets' `data`/`stringData` and last-applied copies masked. */
function redactReplaced(plan: FilePlan): string {
  const parsed = parseFile(plan.path, plan.before);
  const lines = new Set(plan.changes.map((c) => c.line));
  const edits: { range: Range; text: string }[] = [];
  const mask = (span: Span, value: string) => {
    const range = { start: parsed.lines.lineStart(span.line) + span.column - 1, end: parsed.lines.lineStart(span.endLine) + span.endColumn - 1 };
    const original = plan.before.slice(range.start, range.end);
    const cr = (l: string) => (l.endsWith('\r') ? '\r' : '');
    const [first = '', ...rest] = original.split('\n');
    const masked = rest.map((l) => `${/^[ \t]*/.exec(l)?.[0] ?? ''}${l.trim() === '' ? '' : '…'}${cr(l)}`);
    edits.push({ range, text: [`${redact(value) || '""'}${cr(first)}`, ...masked].join('\n') });
  };
  for (const doc of parsed.docs) {
    const secret = doc.origin.kind === 'last-applied' ? undefined : asSecret(doc);
    if (!secret || !lines.has(doc.root.span.line)) continue;
    for (const e of [...secret.data, ...secret.stringData]) if (e.value !== '') mask(e.entry.value.span, e.value);
    for (const a of entriesOf(at(doc.root, 'metadata', 'annotations'))) {
      if (LAST_APPLIED_ANNOTATIONS.includes(a.key) && a.value.kind === 'scalar') mask(a.value.span, a.value.text);
    }
  }
  return spliceAll(plan.before, edits);
}
