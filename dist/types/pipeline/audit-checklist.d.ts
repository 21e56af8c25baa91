import type { AuditFacts, AuditItem, AuditSection, SecretAge } from '../findings/audit-report.js';
import type { Finding } from '../findings/finding.js';
import { type ToolUse } from '../scanners/index.js';
/** What the checklist is decided from. */
export interface ChecklistInput {
    facts: AuditFacts;
    findings: readonly Finding[];
    secrets: readonly SecretAge[];
    tools: readonly ToolUse[];
    maxSecretAgeDays: number;
}
/** The four sections of the report, each line ticked or not from what the repository shows. */
export declare function auditSections(input: ChecklistInput): AuditSection[];
/** What only the cluster or the cloud account can show: always listed, never ticked. */
export declare function auditManualChecks(): AuditItem[];
