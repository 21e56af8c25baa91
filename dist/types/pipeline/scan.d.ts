import type { Config } from '../config/config.js';
import { type Report } from '../findings/report.js';
import { type RepoContext, type RepoScanner, type KeyPolicy, type SopsVerifier } from '../scanners/index.js';
import { type Source } from '../sources/index.js';
import type { HistoryRange } from '../sources/history.js';
import { type HistoryProgress } from './history.js';
/** What to scan and how. Exactly one of `staged`, `range`, `history`, `stdin` may be set; otherwise `paths` (default `.`). */
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
    /** The `seal:` policy as keys, for the `key-separation` check (see ScannerOptions.keyPolicy); the CLI resolves it. */
    keyPolicy?: KeyPolicy;
    /** The time secret ages are measured against. Default: now. */
    now?: Date;
    /** Called as the scan goes, e.g. to draw progress on a terminal. */
    onProgress?: (p: ScanProgress) => void;
    /**
     * Scan the history: every commit reachable from HEAD (`true`), after a revision (`since`: `REV..HEAD`),
     * or reachable from every ref (`all`). A secret is reported once, at the first commit that adds it.
     */
    history?: true | HistoryRange;
    /** Worker threads for a history scan (default: one per core; 0: none, scan on the calling thread). */
    workers?: number;
}
/**
 * Where a long scan is: `files` scanned so far, then reading Git history, then the policy checks; in a
 * history scan (`log`), how far through `git log -p` it is.
 */
export interface ScanProgress {
    phase: 'files' | 'context' | 'history' | 'policy' | 'log';
    /** Files scanned (or, in `context`, read for context) so far. */
    files: number;
    /** With `log`: commits and bytes of the log read so far. */
    log?: HistoryProgress;
}
/** A scan's report, plus the context the repository scanners finished with (for `audit`). */
export interface ScanRun {
    report: Report;
    context: RepoContext;
}
/**
 * Scans and returns a report. Findings are filtered to what the change adds, inline allows, config
 * allows and disables, and sorted.
 * @throws SealgateError for bad options, config or git problems (exit 2 in the CLI).
 */
export declare function scan(options?: ScanOptions): Promise<Report>;
/**
 * `scan` with the repository scanners given (default: fresh built-in ones), returning the context they
 * finished with too, so a caller such as `audit` can read their state afterwards.
 * @throws SealgateError like `scan`.
 */
export declare function runScan(options?: ScanOptions, repoScanners?: RepoScanner[]): Promise<ScanRun>;
/** What `scanSource` needs besides the source itself. */
export interface ScanSetup {
    repoScanners: RepoScanner[];
    /** The Git work tree, for sealed values' history; undefined outside a repository. */
    repoRoot: string | undefined;
    /** Files the repository scanners read for context only (nothing is reported in them). */
    context?: Source;
}
/**
 * The pipeline behind `scan` over any source: scanners per target, repository scanners at the end, then
 * the filters (added lines, inline and config allows, baseline, disables) and sorting.
 * @throws SealgateError for git problems and scanner failures (the scan fails closed).
 */
export declare function scanSource(source: Source, config: Config, options: ScanOptions, setup: ScanSetup): Promise<ScanRun>;
/** The config to use: `config` itself, the file it names, or the discovered `.sealgate.yaml` (else the defaults). */
export declare function resolveConfig(config: Config | string | undefined, cwd: string, repoRoot: string | undefined): Config;
