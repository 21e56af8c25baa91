import type { Config } from '../config/config.js';
import type { Finding } from '../findings/finding.js';
import type { Note } from '../findings/report.js';
import type { ScannerOptions, SopsVerifier } from '../scanners/index.js';
import type { SkipNote } from '../sources/index.js';
import { type HistoryRange } from '../sources/history.js';
import { type Suppressions } from './suppress.js';
/** Where a history scan is, for a progress line. */
export interface HistoryProgress {
    /** Commits read from the log so far. */
    commits: number;
    /** Commits the log will show in all, when known. */
    totalCommits?: number;
    /** Bytes of `git log -p` read so far. */
    bytes: number;
    elapsedMs: number;
}
export interface HistoryScanOptions {
    cwd: string;
    range: HistoryRange;
    config: Config;
    scannerOptions: Omit<ScannerOptions, 'sopsVerify'>;
    sopsVerify?: SopsVerifier;
    reveal: boolean;
    suppressions: Suppressions;
    /** Worker threads (default: one per core); 0 scans on the calling thread. */
    workers?: number;
    signal?: AbortSignal;
    onProgress?: (p: HistoryProgress) => void;
    /** Size of a unit of work (tests make it small to spread a small history over the workers). */
    unitBytes?: number;
}
export interface HistoryResult {
    /** Kept findings, not yet sorted; the baseline and ignore file already applied. */
    findings: Finding[];
    notes: Note[];
    skips: SkipNote[];
    files: number;
    bytes: number;
    suppressed: number;
}
/**
 * Scans the history. Memory stays bounded: at most two units per worker are in flight, and reading
 * the log waits for them (git then waits on its full pipe).
 * @throws SealgateError('GIT') for a shallow clone, a bad `--since`, or git failing; SealgateError(INPUT)
 * when a scanner breaks on a file.
 */
export declare function scanHistory(opts: HistoryScanOptions): Promise<HistoryResult>;
