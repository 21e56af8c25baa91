/**
 * A pure parser for unified diffs: `git diff`, `git log -p` (with its commit headers), `git show`, merge
 * commits' combined diffs (`--cc`), `git diff --binary`, and plain `diff -u` output. It never throws;
 * what it cannot read it skips.
 *
 * Hunk bodies are read by their line counts, never by their look: a removed line `-- x` prints as
 * `--- x` and an added `++ y` as `+++ y`, and those must not start a new file.
 */
import { readQuoted, unquoteName } from './quoted-path.ts';

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied';

/** The commit header a `git log -p` / `git show` section starts with. Missing fields are empty strings. */
export interface DiffCommit {
  sha: string;
  author: string;
  email: string;
  /** As printed (`%aI` gives ISO 8601). */
  date: string;
  /** The first line of the message. */
  subject: string;
}

/** One file's change. */
export interface FileChange {
  /** Path before the change (prefix such as `a/` removed); undefined for a created file. */
  oldPath: string | undefined;
  /** Path after the change; undefined for a deleted file. */
  newPath: string | undefined;
  status: ChangeStatus;
  /** `Binary files … differ` or `GIT binary patch`: no line information. */
  binary: boolean;
  oldMode: string | undefined;
  newMode: string | undefined;
  /** Blob ids before the change (one per parent of a merge) from the `index` line; empty when absent. */
  oldBlobs: string[];
  /** Blob id after the change from the `index` line; undefined for pure renames and mode changes. */
  newBlob: string | undefined;
  /** 1-based new-side line numbers the change adds, ascending. For a merge: lines new to every parent. */
  added: number[];
  /** 1-based old-side line numbers the change removes (two-way diffs only). */
  deleted: number[];
  /** New-side text of added and context lines by line number (with `keepText`), `\r` kept. */
  newText: Map<number, string> | undefined;
  /** 1 for an ordinary diff, the number of parents for a combined (merge) diff. */
  parents: number;
  /** The commit header this file follows, in `git log -p` output. */
  commit: DiffCommit | undefined;
}

export interface DiffParseOptions {
  /**
   * Which path prefixes to remove. `git` (default): `a/` and `b/`, what sealgate asks git for.
   * `auto`: also git's mnemonic pairs (`c/` `i/` `w/` `o/`) and `1/` `2/`, for diffs made elsewhere.
   * A prefix is removed only when both sides carry their half of the pair.
   */
  prefixes?: 'git' | 'auto';
  /** Keep the text of added and context lines in `newText` (needed to rebuild files from a diff alone). */
  keepText?: boolean;
}

const GIT_PAIRS: readonly (readonly [string, string])[] = [['a/', 'b/']];
const AUTO_PAIRS: readonly (readonly [string, string])[] = [
  ['a/', 'b/'],
  ['i/', 'w/'],
  ['c/', 'w/'],
  ['c/', 'i/'],
  ['o/', 'w/'],
  ['1/', '2/'],
];
const COMMIT_LINE = /^commit ([0-9a-f]{7,64})(?: |$)/;

interface Building {
  /** Raw names (with prefixes) from `diff --git`; null for /dev/null on `---`/`+++`. */
  gitA?: string;
  gitB?: string;
  ccName?: string;
  /** A merge's combined diff (`diff --cc`): one column per parent. */
  combined: boolean;
  minus?: string | null;
  plus?: string | null;
  renameFrom?: string;
  renameTo?: string;
  copyFrom?: string;
  copyTo?: string;
  created: boolean;
  removed: boolean;
  /** Still reading extended headers: no hunk, binary marker or `---` pair yet. */
  header: boolean;
  change: FileChange;
}

interface Hunk {
  oldLeft: number[];
  newLeft: number;
  oldLine: number;
  newLine: number;
}

/**
 * An incremental diff parser: feed it lines (without `\n`) with `push`, then call `end`. Each call returns
 * the file change it completed, if any. Use it to parse a diff while git is still writing it.
 */
export class DiffParser {
  readonly #pairs: readonly (readonly [string, string])[];
  readonly #keepText: boolean;
  #file: Building | undefined;
  #hunk: Hunk | undefined;
  #commit: DiffCommit | undefined;
  /** Where in a commit header we are: its `Key: value` lines, then the indented message. */
  #commitPart: 'none' | 'fields' | 'message' = 'none';

  constructor(options: DiffParseOptions = {}) {
    this.#pairs = options.prefixes === 'auto' ? AUTO_PAIRS : GIT_PAIRS;
    this.#keepText = options.keepText ?? false;
  }

  /** Feeds one line; returns the file change it completed, if any. */
  push(raw: string): FileChange | undefined {
    if (this.#hunk && this.#hunkLine(raw)) return undefined;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;

    if (line.startsWith('diff --git ')) return this.#start((b) => setGitNames(b, line.slice(11)), false);
    if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      const name = unquoteName(line.slice(line.indexOf(' ', 5) + 1));
      return this.#start((b) => (b.ccName = name), true);
    }
    const commit = COMMIT_LINE.exec(line);
    if (commit) {
      const done = this.#finish();
      this.#commit = { sha: commit[1] as string, author: '', email: '', date: '', subject: '' };
      this.#commitPart = 'fields';
      return done;
    }
    if (this.#commitPart !== 'none' && this.#file === undefined && this.#commitLine(line)) return undefined;

    const file = this.#file;
    if (line.startsWith('--- ')) {
      if (file && file.header && file.minus === undefined) {
        file.minus = headerName(line.slice(4));
        return undefined;
      }
      // A plain `diff -u` section (no `diff --git` line) starts here.
      const done = this.#start(() => undefined, false);
      (this.#file as Building).minus = headerName(line.slice(4));
      return done;
    }
    if (!file) return undefined;
    if (line.startsWith('+++ ')) {
      if (file.plus === undefined) file.plus = headerName(line.slice(4));
      file.header = false;
      return undefined;
    }
    if (line.startsWith('@@')) {
      this.#startHunk(line, file);
      return undefined;
    }
    if (file.header) this.#headerLine(line, file);
    return undefined;
  }

  /** Ends the input; returns the last file change, if any. */
  end(): FileChange | undefined {
    this.#hunk = undefined;
    return this.#finish();
  }

  #start(init: (b: Building) => void, combined: boolean): FileChange | undefined {
    const done = this.#finish();
    const change: FileChange = {
      oldPath: undefined,
      newPath: undefined,
      status: 'modified',
      binary: false,
      oldMode: undefined,
      newMode: undefined,
      oldBlobs: [],
      newBlob: undefined,
      added: [],
      deleted: [],
      newText: this.#keepText ? new Map() : undefined,
      parents: combined ? 2 : 1,
      commit: this.#commit,
    };
    const b: Building = { combined, created: false, removed: false, header: true, change };
    init(b);
    this.#file = b;
    this.#commitPart = 'none';
    return done;
  }

  #commitLine(line: string): boolean {
    if (this.#commitPart === 'fields') {
      const c = this.#commit as DiffCommit;
      if (line === '') this.#commitPart = 'message';
      else if (line.startsWith('Author:')) Object.assign(c, splitPerson(line.slice(7)));
      else if (line.startsWith('Date:')) c.date = line.slice(5).trim();
      else if (line.startsWith('AuthorDate:')) c.date = line.slice(11).trim();
      return true;
    }
    const c = this.#commit as DiffCommit;
    if (c.subject === '' && line.startsWith('    ') && line.trim() !== '') c.subject = line.trim();
    return !line.startsWith('--- ');
  }

  #headerLine(line: string, b: Building): void {
    const c = b.change;
    const after = (prefix: string) => line.slice(prefix.length);
    if (line.startsWith('index ')) {
      const [range = '', mode] = after('index ').split(' ');
      const dots = range.indexOf('..');
      if (dots > 0) {
        const olds = range.slice(0, dots).split(',');
        if (b.combined) c.parents = Math.max(2, olds.length);
        // An all-zero id stands for "no blob" (the side of a created or deleted file).
        c.oldBlobs = olds.filter((id) => !/^0+$/.test(id));
        const next = range.slice(dots + 2);
        c.newBlob = /^0+$/.test(next) ? undefined : next;
      }
      if (mode !== undefined) {
        c.oldMode ??= mode;
        c.newMode ??= mode;
      }
    } else if (line.startsWith('new file mode ')) {
      b.created = true;
      c.newMode = after('new file mode ');
    } else if (line.startsWith('deleted file mode ')) {
      b.removed = true;
      c.oldMode = after('deleted file mode ');
    } else if (line.startsWith('old mode ')) c.oldMode = after('old mode ');
    else if (line.startsWith('new mode ')) c.newMode = after('new mode ');
    else if (line.startsWith('mode ')) c.newMode = after('mode ').split('..')[1];
    else if (line.startsWith('rename from ')) b.renameFrom = unquoteName(after('rename from '));
    else if (line.startsWith('rename to ')) b.renameTo = unquoteName(after('rename to '));
    else if (line.startsWith('copy from ')) b.copyFrom = unquoteName(after('copy from '));
    else if (line.startsWith('copy to ')) b.copyTo = unquoteName(after('copy to '));
    else if ((line.startsWith('Binary files ') && line.endsWith(' differ')) || line === 'GIT binary patch') {
      c.binary = true;
      b.header = false;
    }
  }

  #startHunk(line: string, b: Building): void {
    let at = 0;
    while (line[at] === '@') at++;
    const parents = at - 1;
    if (b.combined ? parents < 2 : parents !== 1) return;
    b.change.parents = parents;
    const parts = line.slice(at + 1).split(' ', parents + 2);
    const olds: number[][] = [];
    for (let i = 0; i < parents; i++) {
      const r = parseRange(parts[i], '-');
      if (!r) return;
      olds.push(r);
    }
    const next = parseRange(parts[parents], '+');
    if (!next || parts[parents + 1] !== '@'.repeat(at)) return;
    b.header = false;
    this.#hunk = {
      oldLeft: olds.map((r) => r[1] as number),
      newLeft: next[1] as number,
      oldLine: (olds[0] as number[])[0] as number,
      newLine: next[0] as number,
    };
    if (this.#hunk.newLeft <= 0 && this.#hunk.oldLeft.every((n) => n <= 0)) this.#hunk = undefined;
  }

  /** Consumes one line of a hunk body; false when the line does not belong to the hunk. */
  #hunkLine(raw: string): boolean {
    const h = this.#hunk as Hunk;
    const c = (this.#file as Building).change;
    if (raw.startsWith('\\')) return true; // "\ No newline at end of file"
    const n = c.parents;
    const cols = raw.length >= n ? raw.slice(0, n) : ' '.repeat(n); // an empty line is blank context
    if (!/^[ +-]+$/.test(cols)) return this.#endHunk();
    const text = raw.slice(n);
    if (cols.includes('-')) {
      for (let i = 0; i < n; i++) if (cols[i] === '-' && (h.oldLeft[i] as number) <= 0) return this.#endHunk();
      for (let i = 0; i < n; i++) if (cols[i] === '-') (h.oldLeft[i] as number)--;
      if (n === 1) c.deleted.push(h.oldLine++);
    } else {
      if (h.newLeft <= 0) return this.#endHunk();
      for (let i = 0; i < n; i++) if (cols[i] === ' ' && (h.oldLeft[i] as number) <= 0) return this.#endHunk();
      for (let i = 0; i < n; i++) if (cols[i] === ' ') (h.oldLeft[i] as number)--;
      if (n === 1 && cols === ' ') h.oldLine++;
      if (!cols.includes(' ')) c.added.push(h.newLine);
      c.newText?.set(h.newLine, text);
      h.newLine++;
      h.newLeft--;
    }
    if (h.newLeft <= 0 && h.oldLeft.every((x) => x <= 0)) this.#hunk = undefined;
    return true;
  }

  #endHunk(): false {
    this.#hunk = undefined;
    return false;
  }

  #finish(): FileChange | undefined {
    const b = this.#file;
    this.#file = undefined;
    this.#hunk = undefined;
    if (!b) return undefined;
    const c = b.change;
    const oldRaw = b.minus !== undefined ? b.minus : b.gitA;
    const newRaw = b.plus !== undefined ? b.plus : b.gitB;
    const pair = this.#pairs.find(([p, q]) => fits(oldRaw, p) && fits(newRaw, q) && (oldRaw || newRaw));
    const strip = (name: string | null | undefined, prefix: string | undefined) =>
      name === null || name === undefined ? undefined : prefix ? name.slice(prefix.length) : name;
    const oldName = b.renameFrom ?? b.copyFrom ?? b.ccName ?? strip(oldRaw, pair?.[0]);
    const newName = b.renameTo ?? b.copyTo ?? b.ccName ?? strip(newRaw, pair?.[1]);
    if (b.removed || b.plus === null) c.status = 'deleted';
    else if (b.created || b.minus === null) c.status = 'added';
    else if (b.renameTo !== undefined) c.status = 'renamed';
    else if (b.copyTo !== undefined) c.status = 'copied';
    c.oldPath = c.status === 'added' ? undefined : oldName;
    c.newPath = c.status === 'deleted' ? undefined : newName;
    if (c.status === 'deleted' ? c.oldPath === undefined : c.newPath === undefined) return undefined;
    return c;
  }
}

/** Parses a whole diff text. See DiffParser. */
export function parseDiff(text: string, options: DiffParseOptions = {}): FileChange[] {
  const parser = new DiffParser(options);
  const out: FileChange[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    const done = parser.push(line);
    if (done) out.push(done);
  }
  const last = parser.end();
  if (last) out.push(last);
  return out;
}

function fits(name: string | null | undefined, prefix: string): boolean {
  return name === null || name === undefined || name.startsWith(prefix);
}

/** `-12,3` → [12, 3]; a missing count is 1. */
function parseRange(token: string | undefined, sign: '-' | '+'): number[] | undefined {
  if (token === undefined || token[0] !== sign) return undefined;
  const [start, count = '1'] = token.slice(1).split(',');
  if (!/^\d+$/.test(start ?? '') || !/^\d+$/.test(count)) return undefined;
  return [Number(start), Number(count)];
}

/** The name on a `---`/`+++` line: quoted, or up to a tab (git adds one after names with spaces; diff -u a date). */
function headerName(rest: string): string | null | undefined {
  const q = rest.startsWith('"') ? readQuoted(rest, 0) : undefined;
  const name = q ? q.name : (rest.split('\t')[0] as string);
  return name === '/dev/null' ? null : name === '' ? undefined : name;
}

/**
 * The two names of `diff --git A B`. Unquoted names may contain spaces, so like `git apply` we take the
 * split that makes both halves the same length (true for everything but renames and copies, whose
 * `rename from`/`copy from` lines name the paths anyway).
 */
function setGitNames(b: Building, rest: string): void {
  if (rest.startsWith('"')) {
    const a = readQuoted(rest, 0);
    if (!a || rest[a.end] !== ' ') return;
    b.gitA = a.name;
    b.gitB = unquoteName(rest.slice(a.end + 1));
    return;
  }
  const quotedB = rest.indexOf(' "');
  if (quotedB > 0 && rest.endsWith('"')) {
    b.gitA = rest.slice(0, quotedB);
    b.gitB = unquoteName(rest.slice(quotedB + 1));
    return;
  }
  const mid = (rest.length - 1) / 2;
  if (Number.isInteger(mid) && rest[mid] === ' ') {
    b.gitA = rest.slice(0, mid);
    b.gitB = rest.slice(mid + 1);
  }
}

/** `Name <email>` → parts (names cannot contain `<` or `>` in git). */
function splitPerson(text: string): { author: string; email: string } {
  const open = text.lastIndexOf('<');
  const close = text.lastIndexOf('>');
  if (open < 0 || close < open) return { author: text.trim(), email: '' };
  return { author: text.slice(0, open).trim(), email: text.slice(open + 1, close) };
}

/** Parses a diff arriving line by line (e.g. from a running git), yielding each file change when it is complete. */
export async function* parseDiffLines(lines: AsyncIterable<string>, options: DiffParseOptions = {}): AsyncGenerator<FileChange> {
  const parser = new DiffParser(options);
  for await (const line of lines) {
    const done = parser.push(line);
    if (done) yield done;
  }
  const last = parser.end();
  if (last) yield last;
}
