import type { LineIndex } from '../position.ts';

/** Markers that silence the line they are on, or the line below when alone on a comment line. */
const MARKER = /\b(?:sealgate|gitleaks):allow\b/;

/**
 * True when 1-based `line` carries an allow marker, or the line above is a comment-only line with one
 * (the YAML/shell/JS comment styles: `#`, `//`, `/*`, `<!--`, `--`, `;`).
 */
export function isInlineAllowed(lines: LineIndex, line: number): boolean {
  if (MARKER.test(lines.lineText(line))) return true;
  if (line <= 1) return false;
  const above = lines.lineText(line - 1);
  return MARKER.test(above) && /^\s*(?:#|\/\/|\/\*|<!--|--|;)/.test(above);
}
