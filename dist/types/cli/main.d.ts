import type { CliIO, CliResult } from './io.js';
export type { CliIO, CliResult } from './io.js';
/**
 * Runs sealgate with `argv` (without `node` and the script) and returns what to print and the exit code.
 * Never throws and never touches `process`.
 */
export declare function run(argv: string[], io: CliIO): Promise<CliResult>;
export declare function usage(message: string): CliResult;
