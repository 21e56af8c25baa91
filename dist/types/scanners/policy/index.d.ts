/**
 * The governance checks (category `policy`): one repository-wide scanner that collects an inventory of
 * every file, then runs each check over it. On only when `ScannerOptions.policy` is (`sealgate audit`,
 * `scan --policy`).
 */
import type { AuditFacts, SecretAge } from '../../findings/audit-report.js';
import type { RepoContext, RepoScanner } from '../scanner.js';
import type { PolicyCheck } from './check.js';
import { type ToolUse } from './mixed-tooling.js';
export { sealedValues, sealedValueId } from './sealed-values.js';
export { describeTools, type ToolUse } from './mixed-tooling.js';
/** Every policy check, in report order. */
export declare const POLICY_CHECKS: readonly PolicyCheck[];
/** The policy scanner, plus what the audit report reads from its inventory. */
export interface PolicyScanner extends RepoScanner {
    /** Counts behind the report's checkboxes (call after the last `collect`). */
    facts(ctx: RepoContext): AuditFacts;
    /** Every sealed secret with its age, oldest first. */
    secretAges(ctx: RepoContext): SecretAge[];
    /** The secret tools in use, most used first. */
    tools(): ToolUse[];
}
/** A fresh policy scanner (it holds the inventory of one scan). */
export declare function policyScanner(): PolicyScanner;
