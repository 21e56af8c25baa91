import type { SecretAge } from '../findings/audit-report.js';
import type { AuditReporter } from './audit-reporter.js';
/** Text and attribute values made inert for HTML. */
export declare function htmlText(s: string): string;
/** Horizontal bars of the oldest secrets' ages with the limit drawn as a dashed line. */
export declare function ageChart(secrets: readonly SecretAge[], maxAgeDays: number): string;
/**
 * The one-page report as a self-contained HTML document: inline CSS and SVG, no script, no external
 * resource; print CSS fits it on one A4 page (long tables print their first rows).
 */
export declare const auditHtml: AuditReporter;
