import type { CommitInfo, ScanTarget } from '../target.js';
import type { BlobReader } from './blobs.js';
import type { DiffCommit, FileChange } from './diff.js';
import type { SkipNote } from './source.js';
export interface ChangeTargetOptions {
    blobs: BlobReader;
    notes: SkipNote[];
    /** Object name for a file's new text when the diff gives no blob id (e.g. `:0:path`, `SHA:path`). */
    objectName(change: FileChange, path: string): string;
    maxFileSize: number;
}
/**
 * Turns the file changes of a diff into scan targets: the whole new text of each file (read by blob id
 * through one `git cat-file`) and the lines the change adds. A deleted file, or a change that adds no line
 * (a pure rename or mode change), has nothing new to scan; symlinks, submodules, binary and too-large
 * files become notes; a blob git names but cannot read is an error (SealgateError 'GIT'). A file the change creates, and a file git calls binary that is text after all
 * (a `-diff` attribute), are scanned whole.
 */
export declare function changeTargets(changes: AsyncIterable<FileChange> | Iterable<FileChange>, opts: ChangeTargetOptions): AsyncGenerator<ScanTarget>;
/** The commit info of a `git log` header; a date that is not ISO 8601 already (`git show`'s default) is converted when it parses. */
export declare function commitInfo(c: DiffCommit): CommitInfo;
