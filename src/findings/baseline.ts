import type { Finding } from './finding.ts';

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

export const BASELINE_END = '(end of baseline: every entry above ends with a comma, so merges that take both sides stay valid JSON)';

/** The baseline text for `findings`: unique by fingerprint, sorted by file, rule and fingerprint. */
export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const unique = new Map<string, BaselineEntry>();
  for (const e of entries) unique.set(e.fingerprint, { fingerprint: e.fingerprint, rule: e.rule, file: e.file });
  const sorted = [...unique.values()].sort((a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint));
  const j = JSON.stringify;
  const lines = sorted.map((e) => `    {"rule": ${j(e.rule)}, "file": ${j(e.file)}, "fingerprint": ${j(e.fingerprint)}},`);
  return `{\n  "version": 1,\n  "tool": "sealgate",\n  "entries": [\n${lines.map((l) => `${l}\n`).join('')}    ${JSON.stringify(BASELINE_END)}\n  ]\n}\n`;
}

/** Baseline entries of findings. */
export function baselineEntries(findings: readonly Finding[]): BaselineEntry[] {
  return findings.map((f) => ({ fingerprint: f.fingerprint, rule: f.ruleId, file: f.file }));
}

/**
 * Reads a baseline. Lines merged from both sides (duplicates, order) are fine.
 * @returns the entries, or an error message that never quotes the text (it could hold anything).
 */
export function parseBaseline(text: string): { entries: BaselineEntry[] } | { error: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { error: 'not valid JSON (a merge conflict left in it?)' };
  }
  const list = typeof doc === 'object' && doc !== null ? (doc as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(list)) return { error: 'expected an object with an "entries" list' };
  const entries: BaselineEntry[] = [];
  for (const e of list) {
    if (typeof e !== 'object' || e === null) continue;
    const { fingerprint, rule, file } = e as Record<string, unknown>;
    if (typeof fingerprint !== 'string') return { error: 'an entry has no "fingerprint"' };
    entries.push({ fingerprint, rule: typeof rule === 'string' ? rule : '', file: typeof file === 'string' ? file : '' });
  }
  return { entries };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
