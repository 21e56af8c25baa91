import type { SourceOptions } from './index.js';
import type { Source } from './source.js';
/**
 * The working tree under `paths` (default `.`), every file scanned whole (`added: 'all'`):
 * - a directory inside a git repository: its tracked and untracked-but-not-ignored files (`git ls-files`,
 *   one process per repository, which may differ from the one `cwd` is in);
 * - a directory outside any repository: every file below it, skipping `.git` directories;
 * - a file named explicitly: scanned even when ignored (pre-commit passes file names).
 * Symlinks are never followed (a note each, so there are no loops); binary files, files over
 * `maxFileSize`, submodules, and files that vanish or cannot be read become notes.
 *
 * Target paths are relative to the root of the repository `cwd` is in (or to `cwd` outside one), with `/`
 * separators; files outside that directory keep their absolute path.
 * @throws SealgateError('USAGE') for a path that does not exist; SealgateError('GIT') when git fails.
 */
export declare function workingTreeSource(paths: readonly string[], opts: SourceOptions): Source;
