import type { SourceOptions } from './index.js';
import type { Source } from './source.js';
/**
 * The working tree under `paths` (default `.`): in a git repository the tracked and untracked-but-not-ignored
 * files, outside one every regular file. Paths in targets are relative to the repository root (or `cwd`).
 */
export declare function workingTreeSource(paths: readonly string[], opts: SourceOptions): Source;
