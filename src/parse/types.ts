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

export interface YScalar {
  kind: 'scalar';
  span: Span;
  /** The resolved value (YAML 1.2 core schema, as kubectl reads it). */
  value: string | number | boolean | null;
  /** True when the scalar is a `{{ … }}` Helm action that was neutralised before parsing. */
  templated?: boolean;
}

export type DiagnosticCode =
  | 'yaml-syntax' // the YAML parser reported an error; the file is also scanned line by line
  | 'json-syntax'
  | 'alias-limit' // too many alias expansions (an alias bomb); the document is not expanded
  | 'depth-limit' // nesting deeper than the limit; the rest of the branch is not walked
  | 'helm-template' // `{{ … }}` actions were neutralised before parsing
  | 'not-utf8' // the text had invalid UTF-8 sequences (decoded with U+FFFD)
  | 'line-fallback'; // the file could not be parsed as YAML/JSON: scanned line by line only

export interface Diagnostic {
  code: DiagnosticCode;
  message: string;
  line: number;
  column: number;
}

/** Where a manifest came from inside the file. */
export type DocOrigin =
  | { kind: 'document'; index: number } // the n-th YAML document (0-based) or the JSON value
  | { kind: 'list-item'; index: number; item: number } // `kind: List` / `*List` items[n]
  | { kind: 'last-applied'; index: number; annotation: string }; // JSON in a last-applied annotation

export interface ManifestDoc {
  origin: DocOrigin;
  root: YNode;
  /** Lines of the whole YAML document this manifest belongs to (for the added-lines rule). */
  documentLines: { start: number; end: number };
  /** True when positions inside are approximate (e.g. JSON inside an annotation: all on its line). */
  approximate?: boolean;
}

export interface ParsedFile {
  format: 'yaml' | 'json' | 'text';
  /** Every manifest-like value: documents, List items, last-applied copies. */
  docs: ManifestDoc[];
  diagnostics: Diagnostic[];
  lines: LineIndex;
}
