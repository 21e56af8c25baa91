/**
 * Byte ranges of manifests inside their file, and replacement text laid out to fit there: the file keeps
 * every byte outside the range (other documents, comments, `---` markers, line endings).
 */
import type { LineIndex } from '../position.js';
import type { ManifestDoc, ParsedFile } from '../parse/types.js';
/** `[start, end)` offsets into the file's text. */
export interface Range {
    start: number;
    end: number;
}
/** How the text in a range is written, which decides how a replacement is laid out. */
export type RangeStyle = 'yaml-block' | 'yaml-flow' | 'json';
/** The object a manifest's root node spans: from its first key (or `{`) to the end of its last value. */
export declare function docRange(parsed: ParsedFile, doc: ManifestDoc): Range;
/** How the manifest at `range` is written. */
export declare function rangeStyle(parsed: ParsedFile, text: string, range: Range): RangeStyle;
/**
 * The manifest's text, padded so its lines and columns are those of the file (blank lines before it, spaces
 * before its first line): parsed on its own, errors in it still point at the right line of the file.
 */
export declare function paddedSlice(text: string, range: Range, lines: LineIndex): string;
/**
 * `replacement` (LF line endings, ending with a newline) laid out for `range` of `text`: later lines
 * indented to the first line's column (a block `List` item) or to its line's indentation (JSON), CRLF
 * when the file uses CRLF, and a final newline only when the replaced text had one.
 */
export declare function layout(text: string, range: Range, style: RangeStyle, replacement: string, lines: LineIndex): string;
/** `text` with each range replaced (ranges must not overlap). */
export declare function spliceAll(text: string, edits: readonly {
    range: Range;
    text: string;
}[]): string;
