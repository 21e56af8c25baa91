/**
 * Byte ranges of manifests inside their file, and replacement text laid out to fit there: the file keeps
 * every byte outside the range (other documents, comments, `---` markers, line endings).
 */
import type { LineIndex } from '../position.ts';
import type { ManifestDoc, ParsedFile } from '../parse/types.ts';

/** `[start, end)` offsets into the file's text. */
export interface Range {
  start: number;
  end: number;
}

/** How the text in a range is written, which decides how a replacement is laid out. */
export type RangeStyle = 'yaml-block' | 'yaml-flow' | 'json';

/** The object a manifest's root node spans: from its first key (or `{`) to the end of its last value. */
export function docRange(parsed: ParsedFile, doc: ManifestDoc): Range {
  const s = doc.root.span;
  return { start: offsetOf(parsed.lines, s.line, s.column), end: offsetOf(parsed.lines, s.endLine, s.endColumn) };
}

function offsetOf(lines: LineIndex, line: number, column: number): number {
  return lines.lineStart(line) + column - 1;
}

/** How the manifest at `range` is written. */
export function rangeStyle(parsed: ParsedFile, text: string, range: Range): RangeStyle {
  if (parsed.format === 'json') return 'json';
  return text[range.start] === '{' ? 'yaml-flow' : 'yaml-block';
}

/**
 * The manifest's text, padded so its lines and columns are those of the file (blank lines before it, spaces
 * before its first line): parsed on its own, errors in it still point at the right line of the file.
 */
export function paddedSlice(text: string, range: Range, lines: LineIndex): string {
  const start = lines.position(range.start);
  return '\n'.repeat(start.line - 1) + ' '.repeat(start.column - 1) + text.slice(range.start, range.end);
}

/**
 * `replacement` (LF line endings, ending with a newline) laid out for `range` of `text`: later lines
 * indented to the first line's column (a block `List` item) or to its line's indentation (JSON), CRLF
 * when the file uses CRLF, and a final newline only when the replaced text had one.
 */
export function layout(text: string, range: Range, style: RangeStyle, replacement: string, lines: LineIndex): string {
  const original = text.slice(range.start, range.end);
  const start = lines.position(range.start);
  const lineText = lines.lineText(start.line);
  const indent = style === 'json' ? (/^[ \t]*/.exec(lineText)?.[0] ?? '') : ' '.repeat(start.column - 1);
  let body = replacement.endsWith('\n') ? replacement.slice(0, -1) : replacement;
  if (indent !== '') body = body.split('\n').map((l, i) => (i === 0 || l === '' ? l : indent + l)).join('\n');
  if (original.endsWith('\n')) body += '\n';
  return usesCrlf(text, range) ? body.replace(/\n/g, '\r\n') : body;
}

/** True when the file writes its lines with CRLF (judged inside the range first, else anywhere in the file). */
function usesCrlf(text: string, range: Range): boolean {
  const inside = text.slice(range.start, range.end);
  const lf = inside.indexOf('\n');
  if (lf >= 0) return lf > 0 && inside[lf - 1] === '\r';
  const any = text.indexOf('\n');
  return any > 0 && text[any - 1] === '\r';
}

/** `text` with each range replaced (ranges must not overlap). */
export function spliceAll(text: string, edits: readonly { range: Range; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.text + out.slice(e.range.end);
  return out;
}
