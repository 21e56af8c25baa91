import type { Finding } from './finding.js';
/**
 * A baseline: findings accepted when it was written, so a scan reports only new ones. Keyed by the
 * finding's fingerprint (rule, file, Kubernetes object and a keyed hash of the secret: no line numbers),
 * with rule and file alongside for people reading it.
 *
 * The file is JSON written so that Git merges it without conflicts: sorted, one entry per line, every
 * entry line ending in a comma (a fixed closing line follows), no timestamps. With `merge=union` for the
 * file in `.gitattributes`, two branches that each add entries merge to the union.
 */
export interface BaselineEntry {
    fingerprint: string;
    rule: string;
    file: string;
}
export declare const BASELINE_END = "(end of baseline: every entry above ends with a comma, so merges that take both sides stay valid JSON)";
/** The baseline text for `findings`: unique by fingerprint, sorted by file, rule and fingerprint. */
export declare function formatBaseline(entries: readonly BaselineEntry[]): string;
/** Baseline entries of findings. */
export declare function baselineEntries(findings: readonly Finding[]): BaselineEntry[];
/**
 * Reads a baseline. Lines merged from both sides (duplicates, order) are fine.
 * @returns the entries, or an error message that never quotes the text (it could hold anything).
 */
export declare function parseBaseline(text: string): {
    entries: BaselineEntry[];
} | {
    error: string;
};
