import type { LineIndex } from '../position.js';
import type { YNode } from './types.js';
/**
 * The line-based view: a tolerant, indentation-driven reading of `key: value` and `- item` lines, for
 * documents the YAML parser rejects (broken Helm templates, truncated files, hand-mangled YAML). It
 * understands block maps and sequences, quoted and plain scalars, block scalars (`|`, `>`), and
 * pretty-printed JSON objects (`"key": {`); flow collections on one line stay strings. Positions are the
 * real lines and columns. Linear in the number of lines; never throws.
 */
export declare function readLines(lines: LineIndex, firstLine: number, lastLine: number): YNode | undefined;
