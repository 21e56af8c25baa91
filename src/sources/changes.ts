import { SealgateError } from '../errors.ts';
import type { CommitInfo, ScanTarget } from '../target.ts';
import type { BlobReader } from './blobs.ts';
import type { DiffCommit, FileChange } from './diff.ts';
import { mapInOrder } from './ordered.ts';
import type { SkipNote } from './source.ts';

export interface ChangeTargetOptions {
  blobs: BlobReader;
  notes: SkipNote[];
  /** Object name for a file's new text when the diff gives no blob id (e.g. `:0:path`, `SHA:path`). */
  objectName(change: FileChange, path: string): string;
  maxFileSize: number;
}

type Step = { target: ScanTarget } | { note: SkipNote } | undefined;

/**
 * Turns the file changes of a diff into scan targets: the whole new text of each file (read by blob id
 * through one `git cat-file`) and the lines the change adds. A deleted file, or a change that adds no line
 * (a pure rename or mode change), has nothing new to scan; symlinks, submodules, binary and too-large
 * files become notes; a blob git names but cannot read is an error (SealgateError 'GIT'). A file the change creates, and a file git calls binary that is text after all
 * (a `-diff` attribute), are scanned whole.
 */
export async function* changeTargets(changes: AsyncIterable<FileChange> | Iterable<FileChange>, opts: ChangeTargetOptions): AsyncGenerator<ScanTarget> {
  for await (const step of mapInOrder(changes, (c) => plan(c, opts), 16)) {
    if (step === undefined) continue;
    if ('note' in step) opts.notes.push(step.note);
    else yield step.target;
  }
}

/** The commit info of a `git log` header; a date that is not ISO 8601 already (`git show`'s default) is converted when it parses. */
export function commitInfo(c: DiffCommit): CommitInfo {
  const parsed = /^\d{4}-\d\d-\d\dT/.test(c.date) ? NaN : Date.parse(c.date);
  const date = Number.isNaN(parsed) ? c.date : new Date(parsed).toISOString();
  return { sha: c.sha, author: c.author, email: c.email, date, message: c.subject };
}

async function plan(c: FileChange, opts: ChangeTargetOptions): Promise<Step> {
  const path = c.newPath;
  if (c.status === 'deleted' || path === undefined) return undefined;
  const note = (reason: SkipNote['reason'], detail?: string): Step => {
    const where = c.commit ? `at ${c.commit.sha.slice(0, 12)}` : undefined;
    const text = [detail, where].filter(Boolean).join(', ');
    return { note: text ? { path, reason, detail: text } : { path, reason } };
  };
  if (c.newMode === '120000') return note('symlink');
  if (c.newMode === '160000') return note('submodule');
  if (!c.binary && c.added.length === 0) return undefined;
  const read = await opts.blobs.read(c.newBlob ?? opts.objectName(c, path));
  switch (read.kind) {
    case 'text': {
      const added = c.status === 'added' || c.binary ? ('all' as const) : new Set(c.added);
      return { target: { path, content: read.text, added, ...(c.commit ? { commit: commitInfo(c.commit) } : {}) } };
    }
    case 'binary':
      return note('binary');
    case 'too-large':
      return note('too-large', `${read.size} bytes, limit ${opts.maxFileSize}`);
    case 'not-a-blob':
    case 'commit':
      return note('submodule');
    case 'missing':
      // git named this blob in its own diff and cannot produce it: the repository is damaged. Letting the
      // file through unscanned would let a commit (or a pull request) pass unchecked, so stop instead.
      if (c.newBlob !== undefined) {
        const where = c.commit ? ` at ${c.commit.sha.slice(0, 12)}` : '';
        throw new SealgateError('GIT', `object ${c.newBlob.slice(0, 12)} is missing from the repository (a damaged object store, or a partial clone: sealgate never fetches), so it cannot be scanned${where}`, path);
      }
      return note('unreadable', 'object not in the repository');
  }
}
