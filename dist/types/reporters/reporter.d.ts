import type { Report } from '../findings/report.js';
export interface ReportContext {
    /** ANSI colour allowed (a TTY without NO_COLOR, or FORCE_COLOR). */
    color: boolean;
    /** sealgate's version, for formats that record the tool. */
    version: string;
    /** True when secrets in the report are not redacted (`--no-redact`): text output says so. */
    revealed: boolean;
    /** The time to stamp into formats that record one (GitLab); default: now. Tests pin it. */
    now?: Date;
}
/** A reporter is a pure function: one report in, one document out. */
export type Reporter = (report: Report, ctx: ReportContext) => string;
