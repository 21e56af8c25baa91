import type { LineIndex } from '../position.js';
/**
 * True when 1-based `line` carries an allow marker, or the line above is a comment-only line with one
 * (the YAML/shell/JS comment styles: `#`, `//`, `/*`, `<!--`, `--`, `;`).
 */
export declare function isInlineAllowed(lines: LineIndex, line: number): boolean;
