import type { LineIndex } from '../position.ts';

/** Markers that silence the line they are on, or the line below when alone on a comment line. */
const MARKER = /\b(?:sealgate|gitleaks):allow\b/;

/**
 * True when 1-based `line` carries an allow marker, or the line above is a comment-only line with one
 * (the YAML/shell/JS comment styles: `#`, `//`, `/*`, `<!--`, `--`, `;`).
 */
export function isInlineAllowed(lines: LineIndex, line: number): boolean {
  // Remembered per line: a hostile 1 MB line can carry thousands of detections, and testing the whole line
  // again for each one made the scan quadratic in the line's length.
  let known = memo.get(lines);
  if (!known) memo.set(lines, (known = new Map()));
  let allowed = known.get(line);
  if (allowed === undefined) known.set(line, (allowed = markedAt(lines, line)));
  return allowed;
}

const memo = new WeakMap<LineIndex, Map<number, boolean>>();

function markedAt(lines: LineIndex, line: number): boolean {
  if (MARKER.test(lines.lineText(line))) return true;
  if (line <= 1) return false;
  const above = lines.lineText(line - 1);
  return MARKER.test(above) && /^\s*(?:#|\/\/|\/\*|<!--|--|;)/.test(above);
}
