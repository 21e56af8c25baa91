import type { Config } from '../config/config.js';
import { type Severity } from '../findings/finding.js';
import type { FixResult } from '../fix/fix.js';
import type { FallbackRule, SealPolicy } from '../fix/policy.js';
import type { CliIO, CliResult } from './io.js';
/** `sealgate fix`: seal the plaintext Secrets of the working tree in place, per the `seal:` policy. */
export declare function fixCommand(argv: string[], io: CliIO): Promise<CliResult>;
/** `.sealgate.yaml` as the scan finds it (or `--config`, `SEALGATE_CONFIG`), else the defaults. */
export declare function loadCliConfig(io: CliIO, explicit: string | undefined): Config;
/**
 * The `seal:` policy resolved (certificates checked), or undefined when the config has none and no
 * fallback is given. Loaded lazily: a scan without a policy never loads the sealers.
 * @throws SealgateError('CONFIG') naming the config file and line of a bad rule.
 */
export declare function sealPolicyFor(config: Config, io: CliIO, opts: {
    network: boolean;
    fallback?: FallbackRule;
}): Promise<SealPolicy | undefined>;
/**
 * Exit code of a fix: 1 when something is left at or above `failOn` (a Secret not fixed, a finding fix
 * cannot fix), when a dry run would change files, or in `--staged` mode when files were changed (the
 * pre-commit convention: the user reviews and stages them); else 0.
 */
export declare function fixExitCode(result: FixResult, failOn: Severity, mode: {
    dryRun: boolean;
    staged: boolean;
}): number;
/** What a fix did, one line per Secret, then what is left and what to do next. Diffs first in a dry run. */
export declare function describeFix(result: FixResult, mode: {
    dryRun: boolean;
    staged: boolean;
}): string;
