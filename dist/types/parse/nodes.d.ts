/** Small, total helpers for reading a `YNode` tree: they return `undefined` instead of throwing. */
import type { Span, YMap, YMapEntry, YNode, YScalar, YSeq } from './types.js';
export declare function isMapNode(n: YNode | undefined): n is YMap;
export declare function isSeqNode(n: YNode | undefined): n is YSeq;
export declare function isScalarNode(n: YNode | undefined): n is YScalar;
/** The entry for `key` in a map (the last one wins, as in kubectl), or undefined. */
export declare function entry(n: YNode | undefined, key: string): YMapEntry | undefined;
/** The value at `path` (map keys), e.g. `at(root, 'spec', 'template', 'spec')`. */
export declare function at(n: YNode | undefined, ...path: string[]): YNode | undefined;
/** The text of a scalar at `path`, or undefined when absent or not a scalar. Null scalars give ''. */
export declare function textAt(n: YNode | undefined, ...path: string[]): string | undefined;
/** Map entries of `n`, or [] when it is not a map. */
export declare function entriesOf(n: YNode | undefined): YMapEntry[];
/** Items of `n`, or [] when it is not a sequence. */
export declare function itemsOf(n: YNode | undefined): YNode[];
/** The span from a key to the end of its value (what a finding about a map entry points at). */
export declare function entrySpan(e: YMapEntry): Span;
/**
 * Every scalar leaf under `n` with the map-key path that leads to it (sequence items add no key),
 * depth-first in document order; `e` is the map entry whose value the leaf is (undefined for sequence items).
 */
export declare function walkLeaves(n: YNode, visit: (leaf: YScalar, path: readonly string[], e: YMapEntry | undefined) => void, path?: string[], e?: YMapEntry): void;
