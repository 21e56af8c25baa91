import type { SourceOptions } from './index.js';
import type { Source } from './source.js';
/**
 * The staged changes of the named files, and the named files that have no staged change scanned whole.
 * This is what a pre-commit framework hook needs: on `git commit` every file it passes is staged (only
 * added lines count); on `pre-commit run --files F` / `--all-files` nothing is staged, and the files the
 * user asked about are checked entirely rather than passing unexamined.
 */
export declare function stagedFilesSource(paths: readonly string[], opts: SourceOptions): Source;
