import type { CliIO, CliResult } from './io.js';
export declare const DEFAULT_BASELINE = ".sealgate-baseline.json";
/** `sealgate baseline`: scan, then write every finding (or the gitleaks-accepted ones) as a baseline. */
export declare function baselineCommand(argv: string[], io: CliIO): Promise<CliResult>;
