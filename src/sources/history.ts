/**
 * History mode's side of git: one streaming `git log -p` cut into units of whole commits (or, for a huge
 * commit, of whole files with the commit header repeated) for worker threads to parse and scan. The
 * stream is cut at byte level: each commit header starts with a NUL byte (`%x00` in the format), which no
 * text diff line holds, so units are found with `indexOf` instead of decoding and splitting every line on
 * the main thread. Awaiting between units holds git back, so memory stays bounded whatever the history.
 */
import { SealgateError } from '../errors.ts';
import { DIFF_FLAGS, GitFailure, gitChunks, runGit } from './git.ts';

/** What part of the history to walk. */
export interface HistoryRange {
  /** Only commits after this revision (`REV..HEAD`). */
  since?: string;
  /** Every ref (branches, tags, remotes, stash) instead of HEAD. */
  all?: boolean;
}

/** A piece of the log for one worker: whole commits, or a huge commit's whole files under its header. */
export interface LogUnit {
  /** Position in the log (oldest first, from 0) of the unit's first commit header. */
  firstSeq: number;
  /** Raw log text; every commit header in it is preceded by a NUL. */
  bytes: Uint8Array;
  /** The diff of the unit's last file was cut off after its first bytes: larger than the size limit. */
  cut?: boolean;
}

/** The header of each commit: a NUL, then what diff.ts reads as a `git log` commit header. */
const FORMAT = '--format=%x00commit %H%nAuthor: %an <%ae>%nDate: %aI%n%n    %s';
const NUL = 0;
const C = 0x63; // 'c' of "commit": a NUL that is not followed by it is not a header
const FILE_START = Buffer.from('\ndiff --');
/** Aim for units this large: big enough that posting them costs little, small enough to spread the work. */
export const UNIT_BYTES = 1024 * 1024;
/** Past this, one commit is cut between its files. */
const COMMIT_CUT = 4 * 1024 * 1024;
/** What is kept of a file diff over the size limit: its headers (path, blob ids) and a little more. */
const CUT_KEEP = 64 * 1024;

/**
 * The arguments of the log: oldest first in topological order (a parent before its children, so the first
 * commit that adds a secret is the first seen), merges as dense combined diffs (only what a merge adds
 * itself, such as a conflict resolution: a clean merge adds nothing and nothing is reported twice), the
 * pinned diff flags with one line of context (the line above an added line may hold an inline allow).
 * @throws SealgateError('USAGE') for a malformed `since`.
 */
export function historyLogArgs(range: HistoryRange): string[] {
  const flags = DIFF_FLAGS.map((f) => (f === '-U0' ? '-U1' : f));
  return ['log', '-p', '--cc', '--topo-order', '--reverse', '--root', '--no-show-signature', '--no-notes', FORMAT, ...flags, ...revisions(range), '--'];
}

function revisions(range: HistoryRange): string[] {
  const since = range.since;
  if (since !== undefined && (since === '' || since.startsWith('-') || /[\s\0]/.test(since) || since.includes('..'))) {
    throw new SealgateError('USAGE', `--since: expected one revision, got '${since}'`);
  }
  const not = since !== undefined ? [`^${since}`] : [];
  return range.all ? ['--all', '--end-of-options', ...not] : ['--end-of-options', ...not, 'HEAD'];
}

/**
 * Checks that there is a history to walk: a shallow clone has only its last commits, and the oldest of
 * them would show the whole tree as added by it, so `--history` refuses one (`--since` a revision the
 * clone has is fine). Returns false when the repository has no commit yet (nothing to scan).
 * @throws SealgateError('GIT') for a shallow clone without `since`, outside a repository, or without git.
 */
export async function historyAvailable(cwd: string, range: HistoryRange): Promise<boolean> {
  const what = '--history';
  const out = await runGit(['rev-parse', '--is-shallow-repository'], { cwd, what });
  if (out.trim() === 'true' && range.since === undefined) {
    throw new SealgateError('GIT', `${what}: this is a shallow clone, which holds only the latest commits: fetch the whole history first (git fetch --unshallow; actions/checkout: fetch-depth: 0), or scan part of it with --since REV`);
  }
  if (range.all) return true;
  return runGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd, what }).then(() => true, () => false);
}

/** How many commits the log will show (for progress), or undefined when git cannot say. */
export async function countHistory(cwd: string, range: HistoryRange): Promise<number | undefined> {
  const out = await runGit(['rev-list', '--count', ...revisions(range)], { cwd, what: '--history' }).catch(() => undefined);
  const n = Number(out?.trim());
  return out !== undefined && Number.isInteger(n) ? n : undefined;
}

/**
 * Streams the log and yields it in units; `onBytes` hears of every chunk read (for progress).
 * @throws SealgateError('GIT') when git fails (a missing `since` in a shallow clone gets advice to fetch).
 */
export async function* historyUnits(cwd: string, range: HistoryRange, opts: { maxFileSize: number; signal?: AbortSignal | undefined; onChunk?: (bytes: number, commits: number) => void }): AsyncGenerator<LogUnit> {
  const splitter = new LogSplitter({ maxFileSize: opts.maxFileSize });
  try {
    for await (const chunk of gitChunks(historyLogArgs(range), { cwd, what: '--history', signal: opts.signal })) {
      const before = splitter.commits;
      const units = splitter.push(chunk);
      opts.onChunk?.(chunk.length, splitter.commits - before);
      yield* units;
    }
    yield* splitter.end();
  } catch (e) {
    if (e instanceof SealgateError && e.cause instanceof GitFailure && e.cause.kind === 'bad-revision' && range.since !== undefined) {
      const shallow = (await runGit(['rev-parse', '--is-shallow-repository'], { cwd, what: '--history' }).catch(() => '')).trim() === 'true';
      if (shallow) throw new SealgateError('GIT', `${e.message}; this is a shallow clone without that history: fetch it (actions/checkout: fetch-depth: 0)`, undefined, undefined, { cause: e.cause });
    }
    throw e;
  }
}

/**
 * Cuts a NUL-marked `git log -p` byte stream into units (see LogUnit). Pure: feed chunks with `push`,
 * then call `end`. A unit ends before a commit header once it holds `unitBytes`; a commit larger than
 * `COMMIT_CUT` is cut before one of its `diff --` lines and the rest gets the commit header again; the
 * diff of one file larger than twice `maxFileSize` (a patch line is its text plus a one-character prefix)
 * is cut after its first 64 KiB, the unit marked `cut`, and the rest of that file skipped unread.
 */
export class LogSplitter {
  readonly #unitBytes: number;
  readonly #fileCap: number;
  #chunks: Buffer[] = [];
  #size = 0;
  /** Offsets (in the pending bytes) and positions of commit headers after the first byte. */
  #starts: { at: number; seq: number }[] = [];
  /** Position of the commit the pending bytes begin with (their header, or its copy for a cut commit). */
  #startSeq = 0;
  /** Skipping the rest of a file diff that was too large: the header of its commit, to start again with. */
  #skipping: Buffer | undefined;
  #tail: Buffer = Buffer.alloc(0);
  /** The byte before the current chunk (a newline before the first). */
  #last = 10;
  /** Pending size at which to try cutting a large commit again (each try copies the pending bytes). */
  #nextCut = COMMIT_CUT;
  /** Commit headers seen so far. */
  commits = 0;

  constructor(opts: { maxFileSize: number; unitBytes?: number }) {
    this.#unitBytes = opts.unitBytes ?? UNIT_BYTES;
    this.#fileCap = 2 * opts.maxFileSize + CUT_KEEP;
  }

  /** Feeds the next chunk of the stream; returns the units it completed. */
  push(chunk: Buffer): LogUnit[] {
    if (this.#skipping) {
      const resumed = this.#skip(chunk);
      if (resumed === undefined) return [];
      chunk = resumed;
    }
    const base = this.#size;
    for (let i = chunk.indexOf(NUL); i >= 0; i = chunk.indexOf(NUL, i + 1)) {
      // A header starts a line; a NUL inside a line is file content (git diffs a file as text when its
      // first 8000 bytes have none), and a patch line never starts with one (it starts with +, - or space).
      if ((i > 0 ? chunk[i - 1] : this.#last) !== 10) continue;
      if (i + 1 < chunk.length && chunk[i + 1] !== C) continue;
      const seq = this.commits++;
      if (base + i === 0) this.#startSeq = seq;
      else this.#starts.push({ at: base + i, seq });
    }
    this.#chunks.push(chunk);
    this.#size += chunk.length;
    this.#last = chunk[chunk.length - 1] ?? this.#last;
    const out: LogUnit[] = [];
    if (this.#size >= this.#unitBytes) {
      const last = this.#starts[this.#starts.length - 1];
      if (last !== undefined) out.push(this.#emit(last.at));
      else if (this.#size >= this.#nextCut) out.push(...this.#cutCommit());
    }
    return out;
  }

  /** Ends the stream; returns the last unit, if any. */
  end(): LogUnit[] {
    if (this.#size === 0) return [];
    const unit: LogUnit = { firstSeq: this.#startSeq, bytes: Buffer.concat(this.#chunks) };
    this.#chunks = [];
    this.#size = 0;
    return [unit];
  }

  /** The pending bytes before `at` (a commit header) as a unit; the rest stays pending. */
  #emit(at: number): LogUnit {
    const all = Buffer.concat(this.#chunks, this.#size);
    const unit: LogUnit = { firstSeq: this.#startSeq, bytes: all.subarray(0, at) };
    const rest = all.subarray(at);
    const kept = this.#starts.filter((s) => s.at > at).map((s) => ({ at: s.at - at, seq: s.seq }));
    this.#startSeq = this.#starts.find((s) => s.at === at)?.seq ?? this.#startSeq;
    this.#starts = kept;
    this.#chunks = rest.length ? [Buffer.from(rest)] : [];
    this.#size = rest.length;
    this.#nextCut = COMMIT_CUT;
    return unit;
  }

  /** One commit holds the pending bytes and is too large: emit its complete files, keep the last one going. */
  #cutCommit(): LogUnit[] {
    const all = Buffer.concat(this.#chunks, this.#size);
    const first = all.indexOf(FILE_START);
    if (first < 0) {
      this.#chunks = [all];
      this.#nextCut = this.#size + COMMIT_CUT;
      return [];
    }
    const header = all.subarray(0, first + 1);
    const last = all.lastIndexOf(FILE_START) + 1;
    const out: LogUnit[] = [];
    let rest = all.subarray(last);
    if (last > first + 1) out.push({ firstSeq: this.#startSeq, bytes: all.subarray(0, last) });
    else rest = all.subarray(first + 1);
    if (rest.length > this.#fileCap) {
      out.push({ firstSeq: this.#startSeq, bytes: Buffer.concat([header, rest.subarray(0, CUT_KEEP)]), cut: true });
      this.#skipping = Buffer.from(header);
      this.#tail = Buffer.alloc(0);
      this.#chunks = [];
      this.#size = 0;
      this.#nextCut = COMMIT_CUT;
      return out;
    }
    const pending = last > first + 1 ? Buffer.concat([header, rest]) : all;
    this.#chunks = [pending];
    this.#size = pending.length;
    this.#nextCut = pending.length + COMMIT_CUT;
    return out;
  }

  /** Drops bytes until the next file or commit; returns the bytes to go on with (header first), if found. */
  #skip(chunk: Buffer): Buffer | undefined {
    const probe = this.#tail.length ? Buffer.concat([this.#tail, chunk]) : chunk;
    let commit = -1;
    for (let i = probe.indexOf(NUL); i >= 0; i = probe.indexOf(NUL, i + 1)) {
      if ((i > 0 ? probe[i - 1] : this.#last) !== 10) continue;
      if (i + 1 >= probe.length || probe[i + 1] === C) {
        commit = i;
        break;
      }
    }
    const fileAt = probe.indexOf(FILE_START);
    const file = fileAt >= 0 && (commit < 0 || fileAt < commit) ? fileAt + 1 : -1;
    if (commit < 0 && file < 0) {
      this.#tail = Buffer.from(probe.subarray(Math.max(0, probe.length - FILE_START.length)));
      this.#last = probe[probe.length - 1] ?? this.#last;
      return undefined;
    }
    const header = this.#skipping as Buffer;
    this.#skipping = undefined;
    this.#tail = Buffer.alloc(0);
    this.#last = 10;
    if (file >= 0) {
      // Same commit, next file: start again with the commit's header (its position does not move on).
      this.#chunks = [header];
      this.#size = header.length;
      return probe.subarray(file);
    }
    return probe.subarray(commit);
  }
}
