/**
 * Helm (Go template) and Jinja actions make a manifest invalid YAML. `neutraliseTemplates` replaces each
 * action with text of the same length so line numbers and columns stay true: a line holding only actions
 * (`{{- if … }}`, `{{- end }}`, `{{ include … | nindent 4 }}`) becomes blank, so it cannot break
 * indentation; an action inside a line becomes `x…x`, so the line stays a plain scalar.
 */

/** Sorted, non-overlapping `[start, end)` offsets of the template actions in the original text. */
export type ActionRanges = readonly (readonly [number, number])[];

export interface Neutralised {
  text: string;
  actions: ActionRanges;
}

const OPENERS = ['{{', '{%', '{#'] as const;
const CLOSER: Record<string, string> = { '{{': '}}', '{%': '%}', '{#': '#}' };

/** Returns the neutralised text and where the actions were, or `undefined` when the text has none. */
export function neutraliseTemplates(text: string): Neutralised | undefined {
  const actions = findActions(text);
  if (actions.length === 0) return undefined;
  const out = text.split('');
  const blankLines = new Set<number>();
  // A line is "only actions" when, with the actions removed, nothing but whitespace is left on it.
  let a = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    while (a < actions.length && (actions[a] as readonly [number, number])[1] <= lineStart) a++;
    let hasAction = false;
    let onlyActions = true;
    let pos = lineStart;
    let k = a;
    while (pos < lineEnd) {
      const act = actions[k];
      if (act && act[0] <= pos && act[1] > pos) {
        hasAction = true;
        pos = act[1];
        k++;
        continue;
      }
      if (act && act[1] <= pos) {
        k++;
        continue;
      }
      const c = text.charCodeAt(pos);
      if (c !== 32 && c !== 9 && c !== 13) {
        onlyActions = false;
        break;
      }
      pos++;
    }
    if (hasAction && onlyActions) blankLines.add(lineStart);
    lineStart = lineEnd + 1;
  }
  for (const [s, e] of actions) {
    for (let i = s; i < e; i++) {
      const ch = text[i];
      if (ch !== '\n' && ch !== '\r') out[i] = 'x';
    }
  }
  for (const start of blankLines) {
    for (let i = start; i < text.length && text[i] !== '\n'; i++) if (text[i] !== '\r') out[i] = ' ';
  }
  // Lines inside a multi-line action that began on an "only actions" line are blank too.
  for (const [s, e] of actions) {
    const first = text.lastIndexOf('\n', s - 1) + 1;
    if (!blankLines.has(first)) continue;
    for (let i = s; i < e; i++) if (text[i] !== '\n' && text[i] !== '\r') out[i] = ' ';
  }
  return { text: out.join(''), actions };
}

/** Finds `{{ … }}`, `{% … %}` and `{# … #}` actions; an unclosed one runs to the end of its line. */
export function findActions(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let i = text.indexOf('{');
  while (i !== -1 && i < text.length - 1) {
    const open = text.slice(i, i + 2);
    if ((OPENERS as readonly string[]).includes(open)) {
      const close = CLOSER[open] as string;
      let end = text.indexOf(close, i + 2);
      if (end === -1) {
        end = text.indexOf('\n', i);
        if (end === -1) end = text.length;
      } else {
        end += 2;
      }
      found.push([i, end]);
      i = text.indexOf('{', end);
    } else {
      i = text.indexOf('{', i + 1);
    }
  }
  return found;
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
