import type { CliIO, CliResult } from './io.js';
/** `sealgate encrypt`: a plaintext file → SOPS with age, recipients from --age or `.sops.yaml`. */
export declare function encryptCommand(argv: string[], io: CliIO): Promise<CliResult>;
