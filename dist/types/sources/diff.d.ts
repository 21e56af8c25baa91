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
/**
 * An incremental diff parser: feed it lines (without `\n`) with `push`, then call `end`. Each call returns
 * the file change it completed, if any. Use it to parse a diff while git is still writing it.
 */
export declare class DiffParser {
    #private;
    constructor(options?: DiffParseOptions);
    /** Feeds one line; returns the file change it completed, if any. */
    push(raw: string): FileChange | undefined;
    /** Ends the input; returns the last file change, if any. */
    end(): FileChange | undefined;
}
/** Parses a whole diff text. See DiffParser. */
export declare function parseDiff(text: string, options?: DiffParseOptions): FileChange[];
/** Parses a diff arriving line by line (e.g. from a running git), yielding each file change when it is complete. */
export declare function parseDiffLines(lines: AsyncIterable<string>, options?: DiffParseOptions): AsyncGenerator<FileChange>;
