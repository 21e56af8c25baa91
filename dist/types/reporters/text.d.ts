import type { Reporter } from './reporter.js';
/** Human output: one block per finding (place, severity, rule, message, redacted value, how to fix it there), then a summary. */
export declare const text: Reporter;
