import type { Config } from '../config/config.js';
import type { Detection, Finding, Severity } from '../findings/finding.js';
import type { Note } from '../findings/report.js';
import { type Scanner, type ScannerOptions } from '../scanners/index.js';
import type { ScanTarget } from '../target.js';
/** Everything that scanning one target needs besides the target: built once per scan (and per worker). */
export interface TargetScanContext {
    scanners: Scanner[];
    scannerOptions: ScannerOptions;
    disabled: ReadonlySet<string>;
    allowRegexes: RegExp[];
    stopwords: string[];
    severity: Readonly<Record<string, Severity>>;
    reveal: boolean;
    /** Also give each finding a key naming its secret wherever it is (history mode reports a secret once). */
    secretKeys?: boolean;
}
/** What one target gave: findings (not yet checked against the baseline), inline/config allows, parse notes. */
export interface TargetResult {
    findings: Finding[];
    /**
     * With `secretKeys`, one per finding: the rule and a hash of the raw secret (not of the file, so the
     * same secret moved or copied elsewhere has the same key); the fingerprint for a finding without a secret.
     */
    keys: string[];
    suppressed: number;
    notes: Note[];
}
/**
 * The scanners, rule switches and allowlists of `config`.
 * @throws SealgateError(CONFIG) when a custom rule is invalid.
 */
export declare function targetContext(config: Config, scannerOptions: ScannerOptions, reveal: boolean): TargetScanContext;
/**
 * Runs every scanner on `target` and keeps what the change introduced and nothing allows: findings carry
 * the target's commit and the configured severity.
 * @throws SealgateError(INPUT) when a scanner breaks on the file (fail closed).
 */
export declare function scanTarget(target: ScanTarget, readFile: (path: string) => Promise<string | undefined>, ctx: TargetScanContext): Promise<TargetResult>;
/**
 * Runs one scanner on a target, failing closed.
 * @throws SealgateError(INPUT) when the scanner throws; the original error travels only as the cause.
 */
export declare function runScanner(scanner: Scanner, input: Parameters<Scanner['scan']>[0], target: ScanTarget): Promise<Detection[]>;
/** A finding belongs to a change when its line was added, or, for manifests, any line of its document was. */
export declare function introducedByChange(d: Detection, target: ScanTarget): boolean;
/** True when the config's `allow.regexes` or `allow.stopwords` silence the detection's secret. */
export declare function isAllowedSecret(d: Detection, regexes: RegExp[], stopwords: string[]): boolean;
