import type { LineIndex } from '../position.ts';
import { MAX_DEPTH } from './convert.ts';
import type { ScalarStyle, Span, YMap, YMapEntry, YNode, YScalar, YSeq } from './types.ts';

/**
 * The line-based view: a tolerant, indentation-driven reading of `key: value` and `- item` lines, for
 * documents the YAML parser rejects (broken Helm templates, truncated files, hand-mangled YAML). It
 * understands block maps and sequences, quoted and plain scalars, block scalars (`|`, `>`), and
 * pretty-printed JSON objects (`"key": {`); flow collections on one line stay strings. Positions are the
 * real lines and columns. Linear in the number of lines; never throws.
 */
export function readLines(lines: LineIndex, firstLine: number, lastLine: number): YNode | undefined {
  interface Frame {
    indent: number;
    node: YMap | YSeq;
  }
  const frames: Frame[] = [];
  let root: YMap | YSeq | undefined;
  let pending: { set: (v: YNode) => void; indent: number; line: number; column: number } | undefined;
  let block: { set: (v: YNode) => void; indent: number; start: number; body: string[]; style: ScalarStyle; column: number } | undefined;

  const span = (line: number, column: number, endLine: number, endColumn: number): Span => ({ line, column, endLine, endColumn });
  const flushBlock = () => {
    if (!block) return;
    const body = block.body;
    while (body.length && (body[body.length - 1] as string).trim() === '') body.pop();
    const indents = body.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length);
    const cut = indents.reduce((m, x) => Math.min(m, x), indents[0] ?? 0);
    const folded = block.style === 'block-folded';
    const text = body.map((l) => l.slice(cut)).join(folded ? ' ' : '\n') + (body.length ? '\n' : '');
    const endLine = block.start + body.length;
    const endCol = (body[body.length - 1]?.length ?? 0) + 1;
    block.set({ kind: 'scalar', span: span(block.start, block.column, endLine, endCol), value: text, text, style: block.style });
    block = undefined;
  };

  for (let n = firstLine; n <= lastLine; n++) {
    const raw = lines.lineText(n);
    const trimmed = raw.trim();
    const indent = raw.length - raw.trimStart().length;
    if (block) {
      if (trimmed === '' || indent > block.indent) {
        block.body.push(raw);
        continue;
      }
      flushBlock();
    }
    if (trimmed === '' || trimmed.startsWith('#') || /^(---|\.\.\.)(\s|$)/.test(trimmed) || (indent === 0 && trimmed.startsWith('%'))) continue;
    if (/^[}\]],?$/.test(trimmed)) continue;

    let col = indent;
    let rest = raw.slice(indent);
    let isItem = false;
    const item = /^-(?:\s+|$)/.exec(rest);
    if (item) {
      isItem = true;
      col += item[0].length;
      rest = rest.slice(item[0].length);
    }
    const kv = parseKeyValue(rest);

    if (pending) {
      const p = pending;
      pending = undefined;
      if (indent > p.indent || (isItem && indent >= p.indent)) {
        const node: YMap | YSeq = isItem ? { kind: 'seq', span: span(n, indent + 1, n, raw.length + 1), items: [] } : { kind: 'map', span: span(n, indent + 1, n, raw.length + 1), entries: [] };
        p.set(node);
        if (frames.length < MAX_DEPTH) frames.push({ indent, node });
      }
    }
    while (frames.length) {
      const top = frames[frames.length - 1] as Frame;
      if (top.indent > indent || (top.indent === indent && top.node.kind === 'seq' && !isItem)) frames.pop();
      else break;
    }
    if (!frames.length) {
      if (root) continue; // a second top-level structure: not a manifest shape, ignore the line
      root = isItem ? { kind: 'seq', span: span(n, indent + 1, n, raw.length + 1), items: [] } : { kind: 'map', span: span(n, indent + 1, n, raw.length + 1), entries: [] };
      frames.push({ indent, node: root });
    }
    let top = frames[frames.length - 1] as Frame;
    extend(top.node, n, raw.length + 1);

    if (isItem) {
      if (top.node.kind !== 'seq') continue;
      const seq = top.node;
      if (rest.trim() === '') {
        pending = { set: (v) => seq.items.push(v), indent, line: n, column: col + 1 };
        continue;
      }
      if (!kv) {
        seq.items.push(scalarNode(rest, n, col));
        continue;
      }
      const map: YMap = { kind: 'map', span: span(n, col + 1, n, raw.length + 1), entries: [] };
      seq.items.push(map);
      if (frames.length >= MAX_DEPTH) continue;
      frames.push({ indent: col, node: map });
      top = frames[frames.length - 1] as Frame;
    }
    if (!kv || top.node.kind !== 'map') continue;
    const map = top.node;
    const keyCol = col + kv.keyStart;
    const entry: YMapEntry = {
      key: kv.key,
      keySpan: span(n, keyCol + 1, n, keyCol + kv.keyLength + 1),
      value: { kind: 'scalar', span: span(n, raw.length + 1, n, raw.length + 1), value: null, text: '', style: 'plain' },
    };
    map.entries.push(entry);
    const set = (v: YNode) => {
      entry.value = v;
    };
    const value = kv.value;
    const valueCol = col + kv.valueStart;
    if (value === '' || value === '{' || value === '[') {
      pending = { set, indent: isItem ? col : indent, line: n, column: valueCol + 1 };
    } else if (/^[|>][-+0-9]*\s*(#.*)?$/.test(value)) {
      block = { set, indent: isItem ? col : indent, start: n, body: [], style: value.startsWith('|') ? 'block-literal' : 'block-folded', column: valueCol + 1 };
    } else {
      entry.value = scalarNode(value, n, valueCol);
    }
  }
  flushBlock();
  return root;
}

function extend(node: YMap | YSeq, line: number, endColumn: number): void {
  if (line > node.span.endLine) {
    node.span.endLine = line;
    node.span.endColumn = endColumn;
  }
}

/** `key: value` (plain, single- or double-quoted key), or undefined when the text is not a mapping entry. */
function parseKeyValue(text: string): { key: string; keyStart: number; keyLength: number; value: string; valueStart: number } | undefined {
  let key: string;
  let after: number;
  const q = text[0];
  if (q === '"' || q === "'") {
    const close = text.indexOf(q, 1);
    if (close === -1) return undefined;
    key = text.slice(1, close);
    after = close + 1;
    while (text[after] === ' ' || text[after] === '\t') after++;
    if (text[after] !== ':') return undefined;
  } else {
    // Greedy and colon-free before the ':', so a long line without one fails fast (no backtracking).
    const m = /^(?:[^\s#:{}[\],&*!|>'"%@`-]|-[^\s:#])[^:#]*:(?=\s|$)/.exec(text);
    if (!m) return undefined;
    key = m[0].slice(0, -1).trimEnd();
    after = m[0].length - 1;
  }
  let valueStart = after + 1;
  while (text[valueStart] === ' ' || text[valueStart] === '\t') valueStart++;
  let value = text.slice(valueStart).trimEnd();
  if (value.startsWith('#')) value = '';
  return { key, keyStart: 0, keyLength: key.length + (q === '"' || q === "'" ? 2 : 0), value, valueStart };
}

/** A scalar from the rest of a line: quotes removed, a trailing comment or JSON comma dropped. */
function scalarNode(textIn: string, line: number, col: number): YScalar {
  let text = textIn.trimEnd();
  let style: ScalarStyle = 'plain';
  const q = text[0];
  if (q === '"' || q === "'") {
    style = q === '"' ? 'double' : 'single';
    const close = findClosingQuote(text, q);
    text = close === -1 ? text.slice(1) : text.slice(1, close);
    if (q === '"') text = text.replace(/\\(["\\/])/g, '$1').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
    else text = text.replaceAll("''", "'");
  } else {
    const hash = text.search(/\s#/);
    if (hash !== -1) text = text.slice(0, hash).trimEnd();
    if (text.endsWith(',') && /^[\d.eE+-]+,$|^(true|false|null),$/.test(text)) text = text.slice(0, -1);
  }
  const value: string | number | boolean | null = style === 'plain' ? plainValue(text) : text;
  return { kind: 'scalar', span: { line, column: col + 1, endLine: line, endColumn: col + textIn.trimEnd().length + 1 }, value, text, style };
}

function findClosingQuote(text: string, q: string): number {
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (q === '"' && c === '\\') {
      i++;
      continue;
    }
    if (c === q) {
      if (q === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i;
    }
  }
  return -1;
}

function plainValue(text: string): string | number | boolean | null {
  if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (/^(true|True|TRUE)$/.test(text)) return true;
  if (/^(false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?\d{1,15}(\.\d+)?$/.test(text)) return Number(text);
  return text;
}
