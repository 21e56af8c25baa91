import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';
import { LineIndex } from '../position.ts';
import type { Diagnostic, ManifestDoc, ParsedFile, Span, YNode } from './types.ts';

/**
 * Parses a file's text as Kubernetes manifests (YAML documents or JSON). Never throws: syntax problems
 * become diagnostics and the documents that did parse are still returned.
 * (Minimal version; the foundation issue extends it with Helm, List, last-applied and limits.)
 */
export function parseFile(path: string, text: string): ParsedFile {
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const docs: ManifestDoc[] = [];
  if (!/\.(ya?ml|json)$/i.test(path) && !/^\s*(apiVersion|kind)\s*:/m.test(text)) {
    return { format: 'text', docs, diagnostics, lines };
  }
  const lc = new LineCounter();
  const all = parseAllDocuments(text, { lineCounter: lc, prettyErrors: false, strict: false, uniqueKeys: false });
  const list = Array.isArray(all) ? all : [];
  const span = (n: Node | null | undefined): Span => {
    const [s, e] = n?.range ?? [0, 0];
    const a = lines.position(s);
    const b = lines.position(e);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  const convert = (n: unknown): YNode => {
    if (isMap(n)) {
      return {
        kind: 'map',
        span: span(n),
        entries: n.items.map((p) => ({
          key: isScalar(p.key) ? String(p.key.value) : '',
          keySpan: span(p.key as Node),
          value: convert(p.value),
        })),
      };
    }
    if (isSeq(n)) return { kind: 'seq', span: span(n), items: n.items.map(convert) };
    if (isAlias(n)) return { kind: 'scalar', span: span(n), value: null };
    const v = isScalar(n) ? n.value : null;
    const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : v === null || v === undefined ? null : String(v);
    return { kind: 'scalar', span: span(n as Node), value };
  };
  list.forEach((d, index) => {
    for (const e of d.errors) {
      const p = lines.position(e.pos[0]);
      diagnostics.push({ code: 'yaml-syntax', message: e.message.split('\n')[0] ?? 'syntax error', line: p.line, column: p.column });
    }
    if (d.contents === null) return;
    const [s, , e] = d.range;
    docs.push({
      origin: { kind: 'document', index },
      root: convert(d.contents),
      documentLines: { start: lines.position(s).line, end: lines.position(Math.max(s, e - 1)).line },
    });
  });
  return { format: path.toLowerCase().endsWith('.json') ? 'json' : 'yaml', docs, diagnostics, lines };
}
