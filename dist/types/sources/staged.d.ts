import type { SourceOptions } from './index.js';
import type { Source } from './source.js';
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
export declare function stagedSource(opts: SourceOptions, paths?: readonly string[]): Source;
