import type { Reporter } from './reporter.js';
/** The documented JSON report: `{ version: 1, findings, summary, notes }` (rules are left to SARIF). */
export declare const json: Reporter;
