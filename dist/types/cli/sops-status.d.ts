import type { CliIO, CliResult } from './io.js';
/** `sealgate sops-status FILE`: `{"encrypted":true|false}` like `sops filestatus`. */
export declare function sopsStatusCommand(argv: string[], io: CliIO): Promise<CliResult>;
