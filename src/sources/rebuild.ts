import type { ScanTarget } from '../target.ts';
import { commitInfo } from './changes.ts';
import type { FileChange } from './diff.ts';
import type { SkipNote } from './source.ts';

/** What one file change of a diff becomes: a target, a note, or nothing to scan. */
export type DiffOutcome = { target: ScanTarget } | { note: SkipNote } | undefined;

/**
 * A target rebuilt from a diff parsed with `keepText`: the new-side lines the diff shows (its added lines,
 * plus the context lines it carries) at their line numbers and blank lines everywhere else; its added
 * lines are the diff's (every line for a file the diff creates). A deleted file and a change that adds no
 * line give nothing; symlinks, submodules, binary changes and text over `maxFileSize` give notes.
 */
export function rebuildFromDiff(c: FileChange, maxFileSize: number): DiffOutcome {
  const path = c.newPath;
  if (c.status === 'deleted' || path === undefined) return undefined;
  const note = (reason: SkipNote['reason'], detail?: string): DiffOutcome => ({ note: detail ? { path, reason, detail } : { path, reason } });
  if (c.newMode === '120000') return note('symlink');
  if (c.newMode === '160000') return note('submodule');
  if (c.binary) return note('binary', 'the diff has no text for it');
  if (c.added.length === 0) return undefined;
  const known = c.newText as Map<number, string>;
  let last = 0;
  let size = 0;
  for (const [n, line] of known) {
    if (n > last) last = n;
    size += Buffer.byteLength(line);
  }
  size += last; // one newline per line, the unknown ones blank
  if (size > maxFileSize) return note('too-large', `${size} bytes, limit ${maxFileSize}`);
  const lines = new Array<string>(last).fill('');
  for (const [n, line] of known) lines[n - 1] = line;
  const added = c.status === 'added' ? ('all' as const) : new Set(c.added);
  return { target: { path, content: lines.join('\n') + '\n', added, ...(c.commit ? { commit: commitInfo(c.commit) } : {}) } };
}
