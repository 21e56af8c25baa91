/**
 * The parsed view of a file that scanners and sealers share. Built by `parseFile` (parse/file.ts); never
 * throws: problems are diagnostics. Positions are 1-based; `endColumn` is exclusive.
 */
import type { LineIndex } from '../position.ts';

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type YNode = YMap | YSeq | YScalar;

export interface YMapEntry {
  key: string;
  keySpan: Span;
  value: YNode;
}

export interface YMap {
  kind: 'map';
  span: Span;
  entries: YMapEntry[];
}

export interface YSeq {
  kind: 'seq';
  span: Span;
  items: YNode[];
}

/** How a scalar was written; `block-literal` keeps its lines, so line i of the value is source line `span.line + 1 + i`. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'block-literal' | 'block-folded';

export interface YScalar {
  kind: 'scalar';
  span: Span;
  /** The resolved value (YAML 1.2 core schema, as kubectl reads it). */
  value: string | number | boolean | null;
  /**
   * The text of the scalar: the string value for strings, the source as written otherwise (`0123`, `yes`,
   * `1e3`), '' for an empty value. What a detector should look at and report.
   */
  text: string;
  style: ScalarStyle;
  /**
   * True when the scalar is (or contains) a `{{ … }}` / `{% … %}` template action. When the file only parsed
   * with its actions neutralised, `text` and `value` are the scalar's source text (quotes and block header
   * removed) rather than a resolved value.
   */
  templated?: boolean;
}

export type DiagnosticCode =
  | 'yaml-syntax' // the YAML parser reported an error; that document is read with the line-based view
  | 'json-syntax' // the JSON is not valid; the file is read with the line-based view
  | 'alias-limit' // too many alias expansions (an alias bomb); further aliases are left unexpanded
  | 'depth-limit' // nesting deeper than the limit; the rest of the branch is not walked
  | 'not-utf8' // the text had invalid UTF-8 sequences (decoded with U+FFFD)
  | 'line-fallback'; // a document could not be parsed as YAML/JSON: it was read line by line (approximate)

export interface Diagnostic {
  code: DiagnosticCode;
  message: string;
  line: number;
  column: number;
}

/** Where a manifest came from inside the file. */
export type DocOrigin =
  | { kind: 'document'; index: number } // the n-th YAML document (0-based) or JSON value
  | { kind: 'list-item'; index: number; item: number } // `kind: List` / `*List` items[n]
  | { kind: 'last-applied'; index: number; annotation: string } // JSON in a last-applied annotation
  | { kind: 'lines'; index: number }; // the n-th document, read by the line-based fallback view

export interface ManifestDoc {
  origin: DocOrigin;
  root: YNode;
  /** Lines of the whole YAML document this manifest belongs to (for the added-lines rule). */
  documentLines: { start: number; end: number };
  /** True when positions inside are approximate (e.g. JSON inside an annotation: all on its line). */
  approximate?: boolean;
}

export interface ParsedFile {
  /** `text`: not a manifest candidate (no docs), or nothing in it parsed. */
  format: 'yaml' | 'json' | 'text';
  /** Every manifest-like value: documents, List items, last-applied copies. */
  docs: ManifestDoc[];
  diagnostics: Diagnostic[];
  lines: LineIndex;
}
