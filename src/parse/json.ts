import { MAX_DEPTH } from './convert.ts';
import type { Span, YMapEntry, YNode } from './types.ts';

/**
 * Offsets `[start, end)` of each top-level JSON value in a text that holds several concatenated ones
 * (`{…}{…}` or one per line, as `kubectl` accepts). Strings are skipped so braces inside them do not
 * count. Returns one range covering the text when it holds a single value or is not JSON-shaped.
 */
export function splitJsonValues(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      if (start === -1) return [[0, text.length]];
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) {
        if (text.charCodeAt(i) === 92 /* \ */) i++;
        i++;
      }
      continue;
    }
    if (c === 123 || c === 91 /* { [ */) {
      if (depth === 0) start = i;
      depth++;
    } else if (c === 125 || c === 93 /* } ] */) {
      depth--;
      if (depth === 0 && start !== -1) {
        out.push([start, i + 1]);
        start = -1;
      }
      if (depth < 0) return [[0, text.length]];
    } else if (depth === 0 && c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 0xfeff) {
      return [[0, text.length]];
    }
  }
  if (depth !== 0 || out.length === 0) return [[0, text.length]];
  return out;
}

/**
 * A plain JS value (from `JSON.parse`) as a `YNode` tree whose every node carries `span` (positions inside
 * are unknown: used for JSON embedded in a string, e.g. a last-applied annotation). Stops at `MAX_DEPTH`.
 */
export function valueToNode(value: unknown, span: Span, depth = 0): YNode {
  if (depth > MAX_DEPTH) return { kind: 'scalar', span, value: null, text: '', style: 'plain' };
  if (Array.isArray(value)) return { kind: 'seq', span, items: value.map((v) => valueToNode(v, span, depth + 1)) };
  if (value !== null && typeof value === 'object') {
    const entries: YMapEntry[] = Object.entries(value as Record<string, unknown>).map(([key, v]) => ({ key, keySpan: span, value: valueToNode(v, span, depth + 1) }));
    return { kind: 'map', span, entries };
  }
  if (typeof value === 'string') return { kind: 'scalar', span, value, text: value, style: 'double' };
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'scalar', span, value, text: String(value), style: 'plain' };
  return { kind: 'scalar', span, value: null, text: '', style: 'plain' };
}
