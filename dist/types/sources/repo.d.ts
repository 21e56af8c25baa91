/**
 * The top of the git work tree containing `cwd` (the nearest ancestor with a `.git` entry), or undefined
 * outside a repository. Filesystem only, so it costs no process.
 */
export declare function findRepoRoot(cwd: string): string | undefined;
