import type { CliIO, CliResult } from './io.js';
/** `sealgate updatekeys FILE`: recipients from `.sops.yaml`, the same data key re-wrapped; values untouched. */
export declare function updatekeysCommand(argv: string[], io: CliIO): Promise<CliResult>;
