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
/** Aim for units this large: big enough that posting them costs little, small enough to spread the work. */
export declare const UNIT_BYTES: number;
/**
 * The arguments of the log: oldest first in topological order (a parent before its children, so the first
 * commit that adds a secret is the first seen), merges as dense combined diffs (only what a merge adds
 * itself, such as a conflict resolution: a clean merge adds nothing and nothing is reported twice), the
 * pinned diff flags with one line of context (the line above an added line may hold an inline allow).
 * @throws SealgateError('USAGE') for a malformed `since`.
 */
export declare function historyLogArgs(range: HistoryRange): string[];
/**
 * Checks that there is a history to walk: a shallow clone has only its last commits, and the oldest of
 * them would show the whole tree as added by it, so `--history` refuses one (`--since` a revision the
 * clone has is fine). Returns false when the repository has no commit yet (nothing to scan).
 * @throws SealgateError('GIT') for a shallow clone without `since`, outside a repository, or without git.
 */
export declare function historyAvailable(cwd: string, range: HistoryRange): Promise<boolean>;
/** How many commits the log will show (for progress), or undefined when git cannot say. */
export declare function countHistory(cwd: string, range: HistoryRange): Promise<number | undefined>;
/**
 * Streams the log and yields it in units; `onBytes` hears of every chunk read (for progress).
 * @throws SealgateError('GIT') when git fails (a missing `since` in a shallow clone gets advice to fetch).
 */
export declare function historyUnits(cwd: string, range: HistoryRange, opts: {
    maxFileSize: number;
    signal?: AbortSignal | undefined;
    onChunk?: (bytes: number, commits: number) => void;
}): AsyncGenerator<LogUnit>;
/**
 * Cuts a NUL-marked `git log -p` byte stream into units (see LogUnit). Pure: feed chunks with `push`,
 * then call `end`. A unit ends before a commit header once it holds `unitBytes`; a commit larger than
 * `COMMIT_CUT` is cut before one of its `diff --` lines and the rest gets the commit header again; the
 * diff of one file larger than twice `maxFileSize` (a patch line is its text plus a one-character prefix)
 * is cut after its first 64 KiB, the unit marked `cut`, and the rest of that file skipped unread.
 */
export declare class LogSplitter {
    #private;
    /** Commit headers seen so far. */
    commits: number;
    constructor(opts: {
        maxFileSize: number;
        unitBytes?: number;
    });
    /** Feeds the next chunk of the stream; returns the units it completed. */
    push(chunk: Buffer): LogUnit[];
    /** Ends the stream; returns the last unit, if any. */
    end(): LogUnit[];
}
