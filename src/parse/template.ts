/**
 * Helm (Go template) and Jinja actions make a manifest invalid YAML. `neutraliseTemplates` replaces each
 * action with text of the same length so line numbers and columns stay true: a line holding only actions
 * (`{{- if … }}`, `{{- end }}`, `{{ include … | nindent 4 }}`) becomes blank, so it cannot break
 * indentation; an action inside a line becomes `x…x`, so the line stays a plain scalar.
 */

/** Sorted, non-overlapping `[start, end)` offsets of the template actions in the original text. */
export type ActionRanges = readonly (readonly [number, number])[];

const CLOSER: Record<string, string> = { '{{': '}}', '{%': '%}', '{#': '#}' };

/** Finds `{{ … }}`, `{% … %}` and `{# … #}` actions, in order; an unclosed one runs to the end of its line. */
export function findActions(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let i = text.indexOf('{');
  while (i !== -1 && i < text.length - 1) {
    const close = CLOSER[text.slice(i, i + 2)];
    if (close === undefined) {
      i = text.indexOf('{', i + 1);
      continue;
    }
    let end = text.indexOf(close, i + 2);
    if (end === -1) {
      end = text.indexOf('\n', i);
      if (end === -1) end = text.length;
    } else {
      end += 2;
    }
    found.push([i, end]);
    i = text.indexOf('{', end);
  }
  return found;
}

/**
 * The text with every action (from `findActions`) replaced: by spaces when its line holds nothing else
 * (and on the following lines of a multi-line action that starts such a line), by `x` otherwise. Line
 * breaks are kept, so the result has the same length and the same line starts. Linear in the text.
 */
export function neutraliseTemplates(text: string, actions: ActionRanges = findActions(text)): string {
  const parts: string[] = [];
  let pos = 0;
  // The start of the line holding `cursor`, advanced incrementally so the whole pass stays linear.
  let lineStart = 0;
  let cursor = 0;
  let decidedLine = -1;
  let fill = 'x';
  for (let k = 0; k < actions.length; k++) {
    const [s, e] = actions[k] as readonly [number, number];
    for (let nl = text.indexOf('\n', cursor); nl !== -1 && nl < s; nl = text.indexOf('\n', nl + 1)) lineStart = nl + 1;
    cursor = s;
    if (lineStart !== decidedLine) {
      decidedLine = lineStart;
      fill = onlyActionsOnLine(text, actions, k, lineStart) ? ' ' : 'x';
    }
    parts.push(text.slice(pos, s), text.slice(s, e).replace(/[^\r\n]/g, fill));
    pos = e;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/** True when the line starting at `lineStart`, where action `k` starts, has only whitespace besides actions. */
function onlyActionsOnLine(text: string, actions: ActionRanges, k: number, lineStart: number): boolean {
  const first = actions[k] as readonly [number, number];
  if (text.slice(lineStart, first[0]).trim() !== '') return false;
  let pos = first[1];
  for (let j = k + 1; ; j++) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const next = actions[j];
    const gapEnd = next && next[0] < lineEnd ? next[0] : lineEnd;
    if (text.slice(pos, gapEnd).trim() !== '') return false;
    if (gapEnd === lineEnd) return true;
    pos = (next as readonly [number, number])[1];
  }
}

/** True when `[start, end)` overlaps an action (binary search over the sorted ranges). */
export function overlapsAction(actions: ActionRanges, start: number, end: number): boolean {
  let lo = 0;
  let hi = actions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = actions[mid] as readonly [number, number];
    if (e <= start) lo = mid + 1;
    else if (s >= Math.max(end, start + 1)) hi = mid - 1;
    else return true;
  }
  return false;
}
