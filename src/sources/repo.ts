import { existsSync, statSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';

/**
 * The top of the git work tree containing `cwd` (the nearest ancestor with a `.git` entry), or undefined
 * outside a repository. Filesystem only, so it costs no process.
 */
export function findRepoRoot(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const dotGit = join(dir, '.git');
    if (existsSync(dotGit)) {
      const st = statSync(dotGit);
      if (st.isDirectory() || st.isFile()) return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * A repo-relative path in the form git object names use (`dir/file`), or undefined when `path` is
 * absolute or leaves the repository (`../x`). `a/./b/../c` becomes `a/c`.
 */
export function repoRelative(path: string): string | undefined {
  const p = posix.normalize(path);
  if (p.startsWith('/') || p === '..' || p.startsWith('../') || p === '.' || p.includes('\n')) return undefined;
  return p.replace(/\/$/, '');
}
