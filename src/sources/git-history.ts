/**
 * Per-file change history for the governance checks: which blob each commit gave a file. One `git log`
 * per batch of paths, however many files and keys; the blobs are then read on demand through the shared
 * `BlobReader` (blobs.ts).
 */
import { gitArgs, gitEnv, gitError, runGit } from './git.ts';
import { spawnProcess } from './spawn.ts';

/** One commit that changed a file. */
export interface FileVersion {
  commit: string;
  /** ISO 8601 author date: when the change was written (rebases and cherry-picks keep it). */
  date: string;
  /** The file's blob after the commit; undefined when the commit deleted it. */
  blob: string | undefined;
}

const PATHS_PER_LOG = 400;
const NULL_SHA = /^0+$/;

/**
 * The commits reachable from HEAD that changed each of `paths` (repo-relative), newest first (topological
 * order). A path with no commit (untracked, or no commit yet) maps to []. Renames are not followed: a
 * moved file starts anew.
 * @throws SealgateError('GIT') when git fails (no git, not a repository).
 */
export async function fileVersions(root: string, paths: readonly string[], signal?: AbortSignal): Promise<Map<string, FileVersion[]>> {
  const out = new Map<string, FileVersion[]>(paths.map((p) => [p, []]));
  if (paths.length === 0 || !(await hasHead(root))) return out;
  const opts = { cwd: root, what: 'secret ages', signal };
  for (let i = 0; i < paths.length; i += PATHS_PER_LOG) {
    const batch = paths.slice(i, i + PATHS_PER_LOG);
    const log = await runGit(['log', '--topo-order', '--no-renames', '--raw', '--no-abbrev', '-z', '--format=%x01%H %aI', '--', ...batch], opts);
    // Records: \x01<sha> <date>\0\n, then per file `:<modes> <old> <new> <status>\0<path>\0`.
    for (const record of log.split('\x01')) {
      const headerEnd = record.indexOf('\0');
      if (headerEnd < 0) continue;
      const [commit = '', date = ''] = record.slice(0, headerEnd).split(' ');
      const fields = record.slice(headerEnd + 1).replace(/^\n/, '').split('\0');
      for (let f = 0; f + 1 < fields.length; f += 2) {
        const blob = (fields[f] as string).split(' ')[3] ?? '';
        out.get(fields[f + 1] as string)?.push({ commit, date, blob: blob === '' || NULL_SHA.test(blob) ? undefined : blob });
      }
    }
  }
  return out;
}

async function hasHead(root: string): Promise<boolean> {
  const r = await spawnProcess('git', gitArgs(['rev-parse', '--verify', '--quiet', 'HEAD']), { cwd: root, env: gitEnv(), stdin: 'ignore' }).done;
  if (r.code === 'ENOENT') throw gitError({ cwd: root, what: 'secret ages' }, 'missing-git', '');
  return r.exitCode === 0;
}
