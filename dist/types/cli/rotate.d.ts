import type { CliIO, CliResult } from './io.js';
/** `sealgate rotate FILE`: a new data key for the same recipients; the MAC is checked first. */
export declare function rotateCommand(argv: string[], io: CliIO): Promise<CliResult>;
