import { type Finding } from './finding.js';
/** Report order: file, line, column, then worst severity first, then rule id. */
export declare function compareFindings(a: Finding, b: Finding): number;
/** Drops exact duplicates (same fingerprint at the same place, e.g. from two sources of one file). */
export declare function dedupe(findings: Finding[]): Finding[];
