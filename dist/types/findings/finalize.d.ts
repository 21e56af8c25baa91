import type { CommitInfo } from '../target.js';
import type { Detection, Finding } from './finding.js';
export interface FinalizeOptions {
    /** Keep the secret as found (`--no-redact`). Default: false. */
    reveal?: boolean;
}
/** Turns a scanner's detection into a Finding: fingerprint from the raw secret, then redaction. */
export declare function toFinding(d: Detection, file: string, commit: CommitInfo | undefined, opts?: FinalizeOptions): Finding;
