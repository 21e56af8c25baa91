import type { Config } from '../config/config.js';
import type { Finding } from '../findings/finding.js';
/** What a scan silences besides inline allows: `.sealgateignore` entries and a baseline. */
export interface Suppressions {
    /** True when the path is ignored (config `allow.paths` or an ignore-file glob): not scanned at all. */
    skipsPath(path: string): boolean;
    /** True when the finding's fingerprint is in the ignore file or the baseline. */
    silences(finding: Finding): boolean;
    /** The globs behind `skipsPath`, for scans that check paths elsewhere (history workers). */
    readonly skipGlobs: readonly string[];
}
/** `skipsPath` for a list of micromatch globs (dot files included). */
export declare function pathSkipper(globs: readonly string[]): (path: string) => boolean;
export interface SuppressionOptions {
    /** Baseline file from the command line, relative to `cwd`; else the config's `baseline`, relative to the config file. */
    baseline?: string;
    /** Where `.sealgateignore` is looked for (the repository root, or the cwd outside one); `false`: not at all. */
    ignoreDir?: string | false;
    cwd: string;
}
/**
 * Loads the ignore file and the baseline for a scan.
 * @throws SealgateError(INPUT) when the baseline named does not exist or is not a baseline.
 */
export declare function loadSuppressions(config: Config, opts: SuppressionOptions): Suppressions;
