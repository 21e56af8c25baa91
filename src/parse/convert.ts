import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Document, type Node } from 'yaml';
import type { LineIndex } from '../position.ts';
import { overlapsAction, type ActionRanges } from './template.ts';
import type { Diagnostic, ScalarStyle, Span, YMapEntry, YNode, YScalar } from './types.ts';

/** Nesting deeper than this is not walked (a `depth-limit` diagnostic says so). */
export const MAX_DEPTH = 200;
/** At most this many nodes may be produced by alias expansion in one file (an `alias-limit` diagnostic says so). */
export const MAX_ALIAS_NODES = 10_000;

/** State shared by every document of one file: the alias budget and the diagnostics already given. */
export interface ConvertState {
  lines: LineIndex;
  /** The text as written (differs from what was parsed when template actions were neutralised). */
  original: string;
  /** Offset of the parsed text inside `original` (for concatenated JSON values parsed one by one). */
  base: number;
  actions: ActionRanges;
  /** True when the parsed text is `original` with the actions neutralised (values of templated scalars are then read from `original`). */
  neutralised: boolean;
  aliasNodesLeft: number;
  diagnostics: Diagnostic[];
  reported: Set<string>;
}

export function newConvertState(lines: LineIndex, original: string, actions: ActionRanges, neutralised: boolean, diagnostics: Diagnostic[]): ConvertState {
  return { lines, original, base: 0, actions, neutralised, aliasNodesLeft: MAX_ALIAS_NODES, diagnostics, reported: new Set() };
}

/** Span of offsets `[start, end)` (relative to the parsed text) as 1-based positions. */
export function spanOf(state: ConvertState, start: number, end: number): Span {
  const a = state.lines.position(state.base + start);
  const b = state.lines.position(state.base + Math.max(start, end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

function diagnose(state: ConvertState, code: 'alias-limit' | 'depth-limit', message: string, offset: number): void {
  if (state.reported.has(code)) return;
  state.reported.add(code);
  const p = state.lines.position(state.base + offset);
  state.diagnostics.push({ code, message, line: p.line, column: p.column });
}

const NULL_TEXT = '';

function emptyScalar(span: Span): YScalar {
  return { kind: 'scalar', span, value: null, text: NULL_TEXT, style: 'plain' };
}

/**
 * Converts one composed YAML document into a `YNode` tree. Aliases are resolved to the converted anchor
 * (shared, so memory stays linear) while the number of nodes they add stays within the file's budget;
 * merge keys (`<<`) are applied; nesting stops at `MAX_DEPTH`. Never throws on any document.
 */
export function convertDocument(doc: Document, state: ConvertState): YNode | undefined {
  if (doc.contents === null || doc.contents === undefined) return undefined;
  const memo = new Map<Node, YNode | 'busy'>();
  const sizes = new Map<YNode, number>();

  const sizeOf = (n: YNode): number => {
    const known = sizes.get(n);
    if (known !== undefined) return known;
    let s = 1;
    if (n.kind === 'map') for (const e of n.entries) s += sizeOf(e.value);
    else if (n.kind === 'seq') for (const i of n.items) s += sizeOf(i);
    sizes.set(n, s);
    return s;
  };

  const range = (n: { range?: [number, number, number] | null }): [number, number] => {
    const r = n.range;
    return r ? [r[0], r[1]] : [0, 0];
  };

  const convert = (n: unknown, depth: number): YNode => {
    if (isAlias(n)) {
      const [s, e] = range(n);
      let target: unknown;
      try {
        target = n.resolve(doc);
      } catch {
        target = undefined;
      }
      if (!target || memo.get(target as Node) === 'busy') return emptyScalar(spanOf(state, s, e));
      const node = convert(target, depth);
      const size = sizeOf(node);
      if (size > state.aliasNodesLeft) {
        state.aliasNodesLeft = 0;
        diagnose(state, 'alias-limit', `too many alias expansions (more than ${MAX_ALIAS_NODES} nodes); further aliases were not expanded`, s);
        return emptyScalar(spanOf(state, s, e));
      }
      state.aliasNodesLeft -= size;
      return node;
    }
    const node = n as Node;
    const done = memo.get(node);
    if (done !== undefined && done !== 'busy') return done;
    const [s, e] = range(node as { range?: [number, number, number] | null });
    if (depth > MAX_DEPTH) {
      diagnose(state, 'depth-limit', `nesting deeper than ${MAX_DEPTH} levels was not read`, s);
      return emptyScalar(spanOf(state, s, e));
    }
    const anchored = (isMap(n) || isSeq(n) || isScalar(n)) && typeof n.anchor === 'string';
    if (anchored) memo.set(node, 'busy');
    let out: YNode;
    if (isMap(n)) {
      const entries: YMapEntry[] = [];
      const merges: YNode[] = [];
      for (const p of n.items) {
        if (!isPair(p)) continue;
        const keyNode = p.key;
        const [ks, ke] = keyNode && typeof keyNode === 'object' && 'range' in keyNode ? range(keyNode as Node) : [s, s];
        const key = isScalar(keyNode) ? scalarText(keyNode, ks, ke) : keyNode === null || keyNode === undefined ? '' : '';
        const value = p.value === null || p.value === undefined ? emptyScalar(spanOf(state, ke, ke)) : convert(p.value, depth + 1);
        if (key === '<<' && isScalar(keyNode) && keyNode.type === Scalar.PLAIN) {
          merges.push(value);
          continue;
        }
        entries.push({ key, keySpan: spanOf(state, ks, ke), value });
      }
      for (const m of merges) mergeInto(entries, m);
      out = { kind: 'map', span: spanOf(state, s, e), entries };
    } else if (isSeq(n)) {
      out = { kind: 'seq', span: spanOf(state, s, e), items: n.items.map((i) => (i === null || i === undefined ? emptyScalar(spanOf(state, e, e)) : convert(i, depth + 1))) };
    } else if (isScalar(n)) {
      out = convertScalar(n, s, e);
    } else {
      out = emptyScalar(spanOf(state, s, e));
    }
    if (anchored) memo.set(node, out);
    return out;
  };

  const convertScalar = (n: Scalar, s: number, e: number): YScalar => {
    const style = styleOf(n.type);
    const span = spanOf(state, s, e);
    const templated = state.actions.length > 0 && overlapsAction(state.actions, state.base + s, state.base + e);
    if (templated && state.neutralised) {
      const text = originalText(state.original.slice(state.base + s, state.base + e), style);
      return { kind: 'scalar', span, value: text, text, style, templated: true };
    }
    const v = n.value;
    const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : v === null || v === undefined ? null : (n.source ?? String(v));
    const out: YScalar = { kind: 'scalar', span, value: typeof value === 'object' ? null : value, text: scalarText(n, s, e), style };
    if (templated) out.templated = true;
    return out;
  };

  const scalarText = (n: Scalar, s: number, e: number): string => {
    if (typeof n.value === 'string') return n.value;
    if (state.neutralised && overlapsAction(state.actions, state.base + s, state.base + e)) {
      return originalText(state.original.slice(state.base + s, state.base + e), styleOf(n.type));
    }
    if (n.value === null && (n.source === undefined || n.source === '')) return NULL_TEXT;
    return n.source ?? String(n.value);
  };

  return convert(doc.contents, 0);
}

/** YAML merge keys: entries of the merged map(s) that the map does not set itself. */
function mergeInto(entries: YMapEntry[], merged: YNode): void {
  const maps = merged.kind === 'map' ? [merged] : merged.kind === 'seq' ? merged.items.filter((i) => i.kind === 'map') : [];
  const have = new Set(entries.map((x) => x.key));
  for (const m of maps) {
    if (m.kind !== 'map') continue;
    for (const x of m.entries) {
      if (have.has(x.key)) continue;
      have.add(x.key);
      entries.push(x);
    }
  }
}

function styleOf(type: Scalar['type']): ScalarStyle {
  switch (type) {
    case Scalar.QUOTE_SINGLE:
      return 'single';
    case Scalar.QUOTE_DOUBLE:
      return 'double';
    case Scalar.BLOCK_LITERAL:
      return 'block-literal';
    case Scalar.BLOCK_FOLDED:
      return 'block-folded';
    default:
      return 'plain';
  }
}

/** The value of a scalar as written in the original text (templated scalars): quotes and block headers removed. */
export function originalText(raw: string, style: ScalarStyle): string {
  if (style === 'single' || style === 'double') {
    const inner = raw.length >= 2 && raw.endsWith(raw[0] as string) ? raw.slice(1, -1) : raw.slice(1);
    return style === 'single' ? inner.replaceAll("''", "'") : inner.replaceAll('\\"', '"');
  }
  if (style === 'block-literal' || style === 'block-folded') {
    const body = raw.split(/\r?\n/).slice(1);
    const indents = body.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
    const cut = indents.reduce((m, x) => Math.min(m, x), indents[0] ?? 0);
    return body.map((l) => l.slice(cut)).join('\n').replace(/\s+$/, '') + '\n';
  }
  return raw.trim();
}
