import type { AuditReport } from '../findings/audit-report.ts';
import { auditHtml } from './audit-html.ts';
import { auditMarkdown } from './audit-markdown.ts';

export interface AuditReportContext {
  /** sealgate's version, printed in the report's footer. */
  version: string;
}

/** An audit reporter is a pure function: one audit report in, one document out. */
export type AuditReporter = (report: AuditReport, ctx: AuditReportContext) => string;

export const AUDIT_FORMATS = ['markdown', 'html', 'json'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export function isAuditFormat(s: string): s is AuditFormat {
  return (AUDIT_FORMATS as readonly string[]).includes(s);
}

/** The JSON format: the `AuditReport` object itself (documented in findings/audit-report.ts). */
export const auditJson: AuditReporter = (report) => `${JSON.stringify(report, null, 2)}\n`;

/** The reporter for `format`. */
export function auditReporterFor(format: AuditFormat): AuditReporter {
  switch (format) {
    case 'markdown':
      return auditMarkdown;
    case 'html':
      return auditHtml;
    case 'json':
      return auditJson;
    default:
      return format satisfies never;
  }
}
