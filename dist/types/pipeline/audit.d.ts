import type { Config } from '../config/config.js';
import type { AuditReport } from '../findings/audit-report.js';
import { type KeyPolicy } from '../scanners/index.js';
import { type ScanProgress } from './scan.js';
/** What to audit and how. */
export interface AuditOptions {
    /** Directory to run in (default: `process.cwd()`). */
    cwd?: string;
    /** The directory to audit, relative to `cwd` (default `.`). */
    path?: string;
    /** A loaded config, a path to one, or undefined to discover `.sealgate.yaml`. */
    config?: Config | string;
    /** The name in the report's title. Default: the repository's (or directory's) name. */
    name?: string;
    /** Overrides `governance.maxSecretAgeDays`. */
    maxSecretAgeDays?: number;
    /** The time ages are measured against and the report is dated with. Default: now. */
    now?: Date;
    signal?: AbortSignal;
    onProgress?: (p: ScanProgress) => void;
    /** The `seal:` policy as keys, for the `key-separation` check (the CLI resolves it). */
    keyPolicy?: KeyPolicy;
}
/**
 * Audits a GitOps repository for the quarterly secret-governance checklist: scans it for plaintext
 * secrets, runs every policy check (sealed values aged from Git history), and returns the report the
 * audit reporters render. Findings are redacted; the report holds no secret.
 * @throws SealgateError for bad options, config or git problems.
 */
export declare function audit(options?: AuditOptions): Promise<AuditReport>;
