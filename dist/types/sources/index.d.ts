/**
 * Source factories. Each returns a `Source` (source.ts) whose targets carry the whole new text of a file
 * and the lines the change adds. Git is run with fixed argv (never a shell); errors become
 * SealgateError('GIT', …) with git's first stderr line.
 */
import type { Source } from './source.js';
export interface SourceOptions {
    /** Directory the command runs in. */
    cwd: string;
    /** Files above this many bytes are skipped with a `too-large` note. */
    maxFileSize: number;
}
export type { Source, SkipNote } from './source.js';
export { findRepoRoot } from './repo.js';
export { workingTreeSource } from './files.js';
export { stagedSource } from './staged.js';
export { stagedFilesSource } from './pre-commit.js';
export { rangeSource } from './range.js';
export { stdinSource, stdinDiffSource } from './stdin.js';
/** For type-only consumers that want to name the factories' shape. */
export type SourceFactory<A extends unknown[]> = (...args: [...A, SourceOptions]) => Source;
