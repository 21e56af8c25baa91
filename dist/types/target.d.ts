/** What every source yields and every scanner reads (DESIGN.md "A scan target"). */
export interface CommitInfo {
    sha: string;
    author: string;
    email: string;
    /** ISO 8601 author date. */
    date: string;
    /** Subject line. */
    message: string;
}
export interface ScanTarget {
    /** Repo-relative (or cwd-relative outside a repo) path with `/` separators; `-` or a given name for stdin. */
    path: string;
    /** The whole new text of the file, so manifest context is known. */
    content: string;
    /** 1-based line numbers the change adds, or `'all'` when the whole file is new to the scan. */
    added: ReadonlySet<number> | 'all';
    commit?: CommitInfo;
}
/** Returns true when `line` (1-based) is added by the change the target came from. */
export declare function isAdded(target: Pick<ScanTarget, 'added'>, line: number): boolean;
