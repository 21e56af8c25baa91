import type { CliIO, CliResult } from './io.js';
/** `sealgate decrypt`: a SOPS file → plaintext, MAC checked; identities from io.env. */
export declare function decryptCommand(argv: string[], io: CliIO): Promise<CliResult>;
