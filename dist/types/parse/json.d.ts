import type { Span, YNode } from './types.js';
/**
 * Offsets `[start, end)` of each top-level JSON value in a text that holds several concatenated ones
 * (`{…}{…}` or one per line, as `kubectl` accepts). Strings are skipped so braces inside them do not
 * count. Returns one range covering the text when it holds a single value or is not JSON-shaped.
 */
export declare function splitJsonValues(text: string): Array<[number, number]>;
/**
 * A plain JS value (from `JSON.parse`) as a `YNode` tree whose every node carries `span` (positions inside
 * are unknown: used for JSON embedded in a string, e.g. a last-applied annotation). Stops at `MAX_DEPTH`.
 */
export declare function valueToNode(value: unknown, span: Span, depth?: number): YNode;
