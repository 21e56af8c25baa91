import { SealgateError } from '../errors.ts';
import { parseDiff } from './diff.ts';
import type { SourceOptions } from './index.ts';
import { rebuildFromDiff } from './rebuild.ts';
import type { SkipNote, Source } from './source.ts';

/**
 * One file's text read from stdin, scanned whole under the name `name` (default `-`). Text over the size
 * limit or with a NUL in its first 8000 characters is noted and not scanned, as a file would be.
 */
export function stdinSource(text: string, name: string, opts: SourceOptions): Source {
  const notes: SkipNote[] = [];
  return {
    notes,
    async *targets() {
      const size = Buffer.byteLength(text);
      if (size > opts.maxFileSize) notes.push({ path: name, reason: 'too-large', detail: `${size} bytes, limit ${opts.maxFileSize}` });
      else if (text.slice(0, 8000).includes('\0')) notes.push({ path: name, reason: 'binary' });
      else yield { path: name, content: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, added: 'all' as const };
    },
    async readFile() {
      return undefined;
    },
  };
}

/**
 * A unified diff read from stdin (`git diff | sealgate scan - --diff`, also `git log -p` and `git show`,
 * whose commit headers become the targets' commit info). Each changed file becomes a target rebuilt from
 * the diff alone: the new-side lines the diff shows (its added lines, plus context lines when the diff has
 * any) at their line numbers, and blank lines everywhere else; its added lines are the diff's.
 *
 * Limitation: the rest of the file is unknown, so a manifest detector sees only fragments. A `Secret`
 * whose `kind:` line is neither added nor in the context is not recognised as one; credential patterns on
 * added lines are still found. For full context scan `--staged` or `--range` in the repository instead,
 * or produce the diff with more context (`git diff -U1000`). `readFile` knows no other files.
 * @throws SealgateError('INPUT') when non-empty stdin holds no diff at all.
 */
export function stdinDiffSource(text: string, opts: SourceOptions): Source {
  const notes: SkipNote[] = [];
  return {
    notes,
    async *targets() {
      const changes = parseDiff(text, { prefixes: 'auto', keepText: true });
      if (changes.length === 0 && text.trim() !== '' && !/^(diff |--- |commit [0-9a-f]{7,})/m.test(text)) {
        throw new SealgateError('INPUT', 'stdin is not a unified diff (no "diff --git" or "---"/"+++" file headers)', '-');
      }
      for (const c of changes) {
        const outcome = rebuildFromDiff(c, opts.maxFileSize);
        if (outcome && 'note' in outcome) notes.push(outcome.note);
        else if (outcome) yield { ...outcome.target, added: new Set(c.added) };
      }
    },
    async readFile() {
      return undefined;
    },
  };
}
