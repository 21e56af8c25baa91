/**
 * The top of the git work tree containing `cwd` (the nearest ancestor with a `.git` entry), or undefined
 * outside a repository. Filesystem only, so it costs no process.
 */
export declare function findRepoRoot(cwd: string): string | undefined;
/**
 * A repo-relative path in the form git object names use (`dir/file`), or undefined when `path` is
 * absolute or leaves the repository (`../x`). `a/./b/../c` becomes `a/c`.
 */
export declare function repoRelative(path: string): string | undefined;
