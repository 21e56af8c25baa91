import type { Config } from '../config/config.js';
import { type Report } from '../findings/report.js';
import { type SopsVerifier } from '../scanners/index.js';
/** What to scan and how. Exactly one of `staged`, `range`, `stdin` may be set; otherwise `paths` (default `.`). */
export interface ScanOptions {
    /** Directory to run in (default: `process.cwd()`). */
    cwd?: string;
    /** Working-tree paths to scan (default `['.']`). */
    paths?: string[];
    /** Scan what `git commit` would record. */
    staged?: boolean;
    /** Scan the commits of `BASE..HEAD` or the net change of `BASE...HEAD`. */
    range?: string;
    /**
     * Scan one text (a file's content) under `name` (default `-`); with `diff`, the text is a unified diff
     * and each file in it is rebuilt from its added and context lines (see stdinDiffSource).
     */
    stdin?: {
        text: string;
        name?: string;
        diff?: boolean;
    };
    /** A loaded config, a path to one, or undefined to discover `.sealgate.yaml`. */
    config?: Config | string;
    /** Show secrets unredacted in findings (`--no-redact`). Default: false. */
    reveal?: boolean;
    /** Run the governance checks too. Default: false. */
    policy?: boolean;
    /** Cancels the scan. */
    signal?: AbortSignal;
    /** Report only findings not in this baseline file (relative to `cwd`); default: the config's `baseline`. */
    baseline?: string;
    /** Ignore the config's baseline (used to write a new baseline). */
    noBaseline?: boolean;
    /** How many layers of base64/hex/percent encoding the credential rules look inside. Default: 2. */
    decodeDepth?: number;
    /** Verifies SOPS MACs (see ScannerOptions.sopsVerify); the CLI passes one when age identities are set. */
    sopsVerify?: SopsVerifier;
}
/**
 * Scans and returns a report. Findings are filtered to what the change adds, inline allows, config
 * allows and disables, and sorted.
 * @throws SealgateError for bad options, config or git problems (exit 2 in the CLI).
 */
export declare function scan(options?: ScanOptions): Promise<Report>;
