import type { CliIO, CliResult } from './io.js';
/** `90d` or `90` → 90. @throws SealgateError('USAGE') for anything else. */
export declare function parseMaxAge(text: string): number;
/** `sealgate audit`: the quarterly governance report of a GitOps repository. */
export declare function auditCommand(argv: string[], io: CliIO): Promise<CliResult>;
