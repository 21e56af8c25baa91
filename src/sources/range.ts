import { SealgateError } from '../errors.ts';
import { BlobReader } from './blobs.ts';
import { changeTargets } from './changes.ts';
import { parseDiffLines, type DiffCommit, type FileChange } from './diff.ts';
import { DIFF_FLAGS, GitFailure, gitLines, runGit } from './git.ts';
import type { SourceOptions } from './index.ts';
import { repoRelative } from './repo.ts';
import type { SkipNote, Source } from './source.ts';

/** The header `git log` prints for each commit; diff.ts reads it back. `%s` and names never hold a newline. */
const LOG_FORMAT = '--format=commit %H%nAuthor: %an <%ae>%nDate: %aI%n%n    %s';

/**
 * `BASE..HEAD`: every commit in the range, oldest first, each with its commit info: the whole text of
 * each file at that commit and the lines that commit adds. A secret added in one commit and deleted in a
 * later one is still reported, at the commit that added it: it is in the history either way.
 *
 * Merge commits: all commits of the range are walked (not only `--first-parent`, which would skip the
 * commits of a branch merged into the range), and a merge contributes only what it adds itself: its
 * dense combined diff (`--cc`) keeps the lines that differ from every parent, such as a conflict
 * resolution. Lines that came from a parent were already scanned in the commit that made them, so a
 * clean merge adds nothing and nothing is reported twice. (gitleaks-action passes `--no-merges
 * --first-parent`, which misses both a side branch's own commits and an "evil" merge.)
 *
 * `BASE...HEAD`: the net change from the merge base to HEAD, like a pull request's diff on GitHub; the
 * targets carry HEAD's commit info.
 *
 * Two git processes: `git log -p` (or `git diff`) parsed as it streams, and one `git cat-file --batch`.
 * @throws SealgateError('USAGE') for a malformed range (at once); SealgateError('GIT') for an unknown
 * revision, a missing repository or git, or a shallow clone without the base (while iterating).
 */
export function rangeSource(range: string, opts: SourceOptions): Source {
  const { base, head, net } = parseRange(range);
  const what = `--range ${range}`;
  const notes: SkipNote[] = [];
  const blobs = new BlobReader({ cwd: opts.cwd, maxSize: opts.maxFileSize, what });
  let scanning = false;

  function changes(signal: AbortSignal | undefined): AsyncIterable<FileChange> {
    const gitOpts = { cwd: opts.cwd, what, signal };
    if (!net) {
      const args = ['log', '-p', '--cc', '--reverse', '--root', '--no-show-signature', '--no-notes', LOG_FORMAT, ...DIFF_FLAGS];
      return parseDiffLines(gitLines([...args, '--end-of-options', `${base}..${head}`, '--'], gitOpts));
    }
    const diff = parseDiffLines(gitLines(['diff', ...DIFF_FLAGS, '--end-of-options', `${base}...${head}`, '--'], gitOpts));
    return withCommit(diff, () => headCommit(blobs, head, what));
  }

  return {
    notes,
    async *targets(signal) {
      scanning = true;
      try {
        yield* changeTargets(changes(signal), { blobs, notes, maxFileSize: opts.maxFileSize, objectName: (c, path) => `${c.commit?.sha ?? head}:${path}` });
      } catch (e) {
        throw await withShallowAdvice(e, what, opts.cwd);
      } finally {
        scanning = false;
        await blobs.close();
      }
    },
    /** `path` (repo-relative) at `commit`, or at the range's head. */
    async readFile(path, commit) {
      const p = repoRelative(path);
      if (p === undefined) return undefined;
      const text = await blobs.readText(`${commit ?? head}:${p}`);
      if (!scanning) await blobs.close();
      return text;
    },
  };
}

/**
 * `A..B` / `A...B`; an empty side means HEAD, as in git.
 * @throws SealgateError('USAGE') for anything else.
 */
export function parseRange(range: string): { base: string; head: string; net: boolean } {
  const bad = (why: string) => new SealgateError('USAGE', `--range: ${why}, got '${range}'`);
  const net = range.includes('...');
  const parts = range.split(net ? '...' : '..');
  if (parts.length !== 2) throw bad('expected BASE..HEAD or BASE...HEAD');
  const [base = '', head = ''] = parts.map((p) => p || 'HEAD');
  for (const rev of [base, head]) {
    if (rev.startsWith('-') || /[\s\0]/.test(rev) || rev.includes('..')) throw bad('expected two revisions');
  }
  return { base, head, net };
}

async function* withCommit(changes: AsyncIterable<FileChange>, commit: () => Promise<DiffCommit>): AsyncGenerator<FileChange> {
  let info: Promise<DiffCommit> | undefined;
  for await (const c of changes) yield { ...c, commit: await (info ??= commit()) };
}

/** HEAD's commit info, read from the commit object through cat-file (no extra process). */
async function headCommit(blobs: BlobReader, head: string, what: string): Promise<DiffCommit> {
  const r = await blobs.read(`${head}^{commit}`);
  if (r.kind !== 'commit') throw new SealgateError('GIT', `${what}: cannot read commit '${head}'`);
  return parseCommitObject(r.id, r.text);
}

/** Author, author date (ISO 8601 with the author's offset, like `%aI`) and subject of a raw commit object. */
export function parseCommitObject(sha: string, text: string): DiffCommit {
  const split = text.indexOf('\n\n');
  const headers = (split < 0 ? text : text.slice(0, split)).split('\n');
  const message = split < 0 ? '' : text.slice(split + 2);
  const commit: DiffCommit = { sha, author: '', email: '', date: '', subject: '' };
  const author = headers.find((h) => h.startsWith('author '));
  if (author) {
    const open = author.lastIndexOf(' <');
    const close = author.lastIndexOf('> ');
    if (open > 0 && close > open) {
      commit.author = author.slice(7, open);
      commit.email = author.slice(open + 2, close);
      const [epoch = '', tz = ''] = author.slice(close + 2).split(' ');
      if (/^\d+$/.test(epoch) && /^[+-]\d{4}$/.test(tz)) commit.date = isoDate(Number(epoch), tz);
    }
  }
  // Like %s: the first paragraph, its lines joined by spaces.
  const paragraph = message.split(/\n[ \t]*\n/)[0] ?? '';
  commit.subject = paragraph.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
  return commit;
}

function isoDate(epoch: number, tz: string): string {
  const sign = tz[0] === '-' ? -1 : 1;
  const minutes = sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(3, 5)));
  const local = new Date((epoch + minutes * 60) * 1000).toISOString().slice(0, 19);
  return `${local}${tz[0]}${tz.slice(1, 3)}:${tz.slice(3, 5)}`;
}

/** A missing revision in a shallow clone gets advice to fetch the history. */
async function withShallowAdvice(e: unknown, what: string, cwd: string): Promise<unknown> {
  if (!(e instanceof SealgateError) || !(e.cause instanceof GitFailure) || e.cause.kind !== 'bad-revision') return e;
  const shallow = await runGit(['rev-parse', '--is-shallow-repository'], { cwd, what }).then((out) => out.trim() === 'true', () => false);
  if (!shallow) return e;
  return new SealgateError('GIT', `${what}: ${e.cause.message}; this is a shallow clone without that history: fetch it (actions/checkout: fetch-depth: 0)`, undefined, undefined, { cause: e.cause });
}
