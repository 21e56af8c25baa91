import { type CliIO, type CliResult } from './io.js';
/** `sealgate scan`: source → scanners → filters → reporter; exit 1 when a finding reaches --fail-on. */
export declare function scanCommand(argv: string[], io: CliIO): Promise<CliResult>;
