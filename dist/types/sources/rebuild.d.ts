import type { ScanTarget } from '../target.js';
import type { FileChange } from './diff.js';
import type { SkipNote } from './source.js';
/** What one file change of a diff becomes: a target, a note, or nothing to scan. */
export type DiffOutcome = {
    target: ScanTarget;
} | {
    note: SkipNote;
} | undefined;
/**
 * A target rebuilt from a diff parsed with `keepText`: the new-side lines the diff shows (its added lines,
 * plus the context lines it carries) at their line numbers and blank lines everywhere else; its added
 * lines are the diff's (every line for a file the diff creates). A deleted file and a change that adds no
 * line give nothing; symlinks, submodules, binary changes and text over `maxFileSize` give notes.
 */
export declare function rebuildFromDiff(c: FileChange, maxFileSize: number): DiffOutcome;
