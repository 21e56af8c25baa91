/**
 * One unit of `git log -p` (whole commits, see sources/history.ts) → findings, each tagged with the
 * position of its commit in the log. Runs inside a history worker; pure apart from the blob and file
 * reads it is handed, so it is also tested without threads.
 */
import type { Finding } from '../findings/finding.js';
import type { Note } from '../findings/report.js';
import type { SkipNote } from '../sources/index.js';
import type { BlobRead } from '../sources/blobs.js';
import { type FileChange } from '../sources/diff.js';
import type { LogUnit } from '../sources/history.js';
import { type TargetScanContext } from './scan-target.js';
export interface UnitDeps {
    ctx: TargetScanContext;
    /** For a manifest file scanned from its diff alone: the scanners that need no document (credentials). */
    diffCtx: TargetScanContext;
    maxFileSize: number;
    skipsPath(path: string): boolean;
    /** Reads an object through the scan's one `git cat-file --batch`. */
    blob(name: string): Promise<BlobRead>;
    /** A file at a commit, for scanners that follow references (kustomize env files). */
    readFile(path: string, sha: string): Promise<string | undefined>;
}
/** A finding, the position of its commit in the log (oldest first) and its secret's key (see TargetResult.keys). */
export interface SeqFinding {
    seq: number;
    key: string;
    finding: Finding;
}
export interface UnitResult {
    findings: SeqFinding[];
    /** Parse diagnostics of the files scanned. */
    notes: Note[];
    /** Files not scanned, and why. */
    skips: SkipNote[];
    files: number;
    bytes: number;
    suppressed: number;
}
/** The context for a manifest file scanned from its diff alone: the credential rules, which need no document. */
export declare function diffContext(ctx: TargetScanContext): TargetScanContext;
/**
 * Parses the unit's diffs and scans each changed file, as it was at its commit, for what that commit added.
 * @throws SealgateError(INPUT) when a scanner breaks on a file (fail closed).
 */
export declare function scanUnit(unit: LogUnit, deps: UnitDeps): Promise<UnitResult>;
/** The file changes of a unit, each with the position of its commit (NUL-marked headers, counted from `firstSeq`). */
export declare function parseUnit(unit: LogUnit): {
    change: FileChange;
    seq: number;
}[];
