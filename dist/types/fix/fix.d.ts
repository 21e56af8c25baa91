import type { Config } from '../config/config.js';
import type { Finding } from '../findings/finding.js';
import type { Report } from '../findings/report.js';
import type { CommandRunner } from '../sealers/kubeseal/cert-source.js';
import { type FilePlan } from './plan.js';
import { type FallbackRule, type SealPolicy } from './policy.js';
export interface FixOptions {
    /** Directory to run in (default `process.cwd()`). */
    cwd?: string;
    /** Working-tree paths to fix (default `.`). */
    paths?: string[];
    /** Fix the files whose staged version has plaintext Secrets (their working-tree version is what changes). */
    staged?: boolean;
    config?: Config | string;
    /** A rule for paths no `seal:` rule matches (`--cert`, `--age`). */
    fallback?: FallbackRule;
    /** Plan and diff only; nothing is written. */
    dryRun?: boolean;
    /** Show the replaced values in diffs (`--no-redact`). */
    reveal?: boolean;
    /** A policy already resolved (with the network allowed), e.g. by `scan --fix`. */
    policy?: SealPolicy;
    /** The scan to act on (`scan --fix` passes its own); default: a scan of `paths` or the staged files. */
    report?: Report;
    env?: Record<string, string | undefined>;
    now?: Date;
    runner?: CommandRunner;
}
/** What happened to one file. */
export interface FileOutcome extends FilePlan {
    /** `fixed`: written; `planned`: dry run; `unchanged`: refused or nothing to do. */
    status: 'fixed' | 'planned' | 'unchanged';
    /** Things the user should know about this file (unstaged edits kept, …). */
    notes: string[];
    /** `--dry-run`: the unified diff. */
    diff?: string;
}
export interface FixResult {
    files: FileOutcome[];
    /** Findings `fix` does not remediate (credentials, env literals, …), for hints. */
    unfixable: Finding[];
    /** The scan the fix acted on. */
    report: Report;
}
/**
 * Fixes plaintext Secrets in the working tree.
 * @throws SealgateError for a bad policy (CONFIG with file and line), bad options, git or write failures.
 */
export declare function fix(options?: FixOptions): Promise<FixResult>;
