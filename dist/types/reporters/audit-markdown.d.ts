import type { AuditReporter } from './audit-reporter.js';
/** Findings listed in full; the rest are counted (the report is one page, `scan --policy` lists all). */
export declare const MAX_LISTED_FINDINGS = 25;
/** Text made inert for Markdown: no HTML, no table breaks, no emphasis or links from file content. */
export declare function mdText(s: string): string;
/** The one-page report as GitHub-flavoured Markdown (task-list checkboxes, tables). */
export declare const auditMarkdown: AuditReporter;
