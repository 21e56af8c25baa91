import { type ScanProgress } from '../pipeline/scan.js';
import { type CliIO, type CliResult } from './io.js';
/** `sealgate scan`: source → scanners → filters → reporter; exit 1 when a finding reaches --fail-on. */
export declare function scanCommand(argv: string[], io: CliIO): Promise<CliResult>;
/** A history scan's progress as `history: 1,234/2,000 commits  56.7 MB  23.4 MB/s  ETA 0:12` (ETA once the number of commits is known). */
export declare function progressLine(show: (line: string) => void): (progress: ScanProgress) => void;
/**
 * Any other scan's progress as `scanning: 1,234 files`, drawn at most every 100 ms and only once the scan
 * has run for half a second (a pre-commit hook on a small change never draws anything).
 */
export declare function filesProgressLine(show: (line: string) => void, now?: () => number): (progress: ScanProgress) => void;
