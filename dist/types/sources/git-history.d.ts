/** One commit that changed a file. */
export interface FileVersion {
    commit: string;
    /** ISO 8601 author date: when the change was written (rebases and cherry-picks keep it). */
    date: string;
    /** The file's blob after the commit; undefined when the commit deleted it. */
    blob: string | undefined;
}
/**
 * The commits reachable from HEAD that changed each of `paths` (repo-relative), newest first (topological
 * order). A path with no commit (untracked, or no commit yet) maps to []. Renames are not followed: a
 * moved file starts anew.
 * @throws SealgateError('GIT') when git fails (no git, not a repository).
 */
export declare function fileVersions(root: string, paths: readonly string[], signal?: AbortSignal): Promise<Map<string, FileVersion[]>>;
