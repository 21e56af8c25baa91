import { BlobReader } from './blobs.ts';
import { changeTargets } from './changes.ts';
import { parseDiffLines } from './diff.ts';
import { DIFF_FLAGS, gitLines } from './git.ts';
import type { SourceOptions } from './index.ts';
import { repoRelative } from './repo.ts';
import type { SkipNote, Source } from './source.ts';

/**
 * What `git commit` would record: for each staged file that is added, modified, renamed or copied, the
 * index version of the file (not the working tree: unstaged edits are not part of the commit) and the
 * lines the index adds relative to HEAD. With no HEAD yet (the first commit) git diffs against the empty
 * tree, so every line counts as added. Honours GIT_INDEX_FILE, which git sets for hooks of
 * `git commit <paths>` and `git commit -a`.
 *
 * With `paths`, only those files' staged changes (cwd-relative; gitArgs makes pathspecs literal).
 *
 * Two git processes in all, whatever the number of files: `git diff --cached` (parsed as it streams) and
 * one `git cat-file --batch` for every index blob and every `readFile`.
 */
export function stagedSource(opts: SourceOptions, paths: readonly string[] = []): Source {
  const what = '--staged';
  const notes: SkipNote[] = [];
  const blobs = new BlobReader({ cwd: opts.cwd, maxSize: opts.maxFileSize, what });
  let scanning = false;
  return {
    notes,
    async *targets(signal) {
      scanning = true;
      try {
        const lines = gitLines(['diff', '--cached', ...DIFF_FLAGS, '--', ...paths], { cwd: opts.cwd, what, signal });
        yield* changeTargets(parseDiffLines(lines), {
          blobs,
          notes,
          maxFileSize: opts.maxFileSize,
          objectName: (_change, path) => `:0:${path}`,
        });
      } finally {
        scanning = false;
        await blobs.close();
      }
    },
    /** The index version of `path` (repo-relative). */
    async readFile(path) {
      const p = repoRelative(path);
      if (p === undefined) return undefined;
      const text = await blobs.readText(`:0:${p}`);
      if (!scanning) await blobs.close();
      return text;
    },
  };
}
