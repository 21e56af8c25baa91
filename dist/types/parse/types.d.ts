/**
 * The parsed view of a file that scanners and sealers share. Built by `parseFile` (parse/file.ts); never
 * throws: problems are diagnostics. Positions are 1-based; `endColumn` is exclusive.
 */
import type { LineIndex } from '../position.js';
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
export type DiagnosticCode = 'yaml-syntax' | 'json-syntax' | 'alias-limit' | 'depth-limit' | 'not-utf8' | 'line-fallback';
export interface Diagnostic {
    code: DiagnosticCode;
    message: string;
    line: number;
    column: number;
}
/** Where a manifest came from inside the file. */
export type DocOrigin = {
    kind: 'document';
    index: number;
} | {
    kind: 'list-item';
    index: number;
    item: number;
} | {
    kind: 'last-applied';
    index: number;
    annotation: string;
} | {
    kind: 'lines';
    index: number;
};
export interface ManifestDoc {
    origin: DocOrigin;
    root: YNode;
    /** Lines of the whole YAML document this manifest belongs to (for the added-lines rule). */
    documentLines: {
        start: number;
        end: number;
    };
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
