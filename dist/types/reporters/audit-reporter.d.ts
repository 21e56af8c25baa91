import type { AuditReport } from '../findings/audit-report.js';
export interface AuditReportContext {
    /** sealgate's version, printed in the report's footer. */
    version: string;
}
/** An audit reporter is a pure function: one audit report in, one document out. */
export type AuditReporter = (report: AuditReport, ctx: AuditReportContext) => string;
export declare const AUDIT_FORMATS: readonly ['markdown', 'html', 'json'];
export type AuditFormat = (typeof AUDIT_FORMATS)[number];
export declare function isAuditFormat(s: string): s is AuditFormat;
/** The JSON format: the `AuditReport` object itself (documented in findings/audit-report.ts). */
export declare const auditJson: AuditReporter;
/** The reporter for `format`. */
export declare function auditReporterFor(format: AuditFormat): AuditReporter;
