/** Small, total helpers for reading a `YNode` tree: they return `undefined` instead of throwing. */
import type { Span, YMap, YMapEntry, YNode, YScalar, YSeq } from './types.ts';

export function isMapNode(n: YNode | undefined): n is YMap {
  return n?.kind === 'map';
}

export function isSeqNode(n: YNode | undefined): n is YSeq {
  return n?.kind === 'seq';
}

export function isScalarNode(n: YNode | undefined): n is YScalar {
  return n?.kind === 'scalar';
}

/** The entry for `key` in a map (the last one wins, as in kubectl), or undefined. */
export function entry(n: YNode | undefined, key: string): YMapEntry | undefined {
  if (n?.kind !== 'map') return undefined;
  for (let i = n.entries.length - 1; i >= 0; i--) {
    const e = n.entries[i] as YMapEntry;
    if (e.key === key) return e;
  }
  return undefined;
}

/** The value at `path` (map keys), e.g. `at(root, 'spec', 'template', 'spec')`. */
export function at(n: YNode | undefined, ...path: string[]): YNode | undefined {
  let cur = n;
  for (const k of path) {
    cur = entry(cur, k)?.value;
    if (cur === undefined) return undefined;
  }
  return cur;
}

/** The text of a scalar at `path`, or undefined when absent or not a scalar. Null scalars give ''. */
export function textAt(n: YNode | undefined, ...path: string[]): string | undefined {
  const v = at(n, ...path);
  return v?.kind === 'scalar' ? v.text : undefined;
}

/** Map entries of `n`, or [] when it is not a map. */
export function entriesOf(n: YNode | undefined): YMapEntry[] {
  return n?.kind === 'map' ? n.entries : [];
}

/** Items of `n`, or [] when it is not a sequence. */
export function itemsOf(n: YNode | undefined): YNode[] {
  return n?.kind === 'seq' ? n.items : [];
}

/** The span from a key to the end of its value (what a finding about a map entry points at). */
export function entrySpan(e: YMapEntry): Span {
  const v = e.value.span;
  const after = v.endLine > e.keySpan.endLine || (v.endLine === e.keySpan.endLine && v.endColumn > e.keySpan.endColumn);
  return after ? { line: e.keySpan.line, column: e.keySpan.column, endLine: v.endLine, endColumn: v.endColumn } : { ...e.keySpan };
}

/**
 * Every scalar leaf under `n` with the map-key path that leads to it (sequence items add no key),
 * depth-first in document order; `e` is the map entry whose value the leaf is (undefined for sequence items).
 */
export function walkLeaves(n: YNode, visit: (leaf: YScalar, path: readonly string[], e: YMapEntry | undefined) => void, path: string[] = [], e?: YMapEntry): void {
  if (n.kind === 'scalar') {
    visit(n, path, e);
    return;
  }
  if (n.kind === 'seq') {
    for (const i of n.items) walkLeaves(i, visit, path, undefined);
    return;
  }
  for (const x of n.entries) {
    path.push(x.key);
    walkLeaves(x.value, visit, path, x);
    path.pop();
  }
}
