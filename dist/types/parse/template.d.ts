/**
 * Helm (Go template) and Jinja actions make a manifest invalid YAML. `neutraliseTemplates` replaces each
 * action with text of the same length so line numbers and columns stay true: a line holding only actions
 * (`{{- if … }}`, `{{- end }}`, `{{ include … | nindent 4 }}`) becomes blank, so it cannot break
 * indentation; an action inside a line becomes `x…x`, so the line stays a plain scalar.
 */
/** Sorted, non-overlapping `[start, end)` offsets of the template actions in the original text. */
export type ActionRanges = readonly (readonly [number, number])[];
/** Finds `{{ … }}`, `{% … %}` and `{# … #}` actions, in order; an unclosed one runs to the end of its line. */
export declare function findActions(text: string): Array<[number, number]>;
/**
 * The text with every action (from `findActions`) replaced: by spaces when its line holds nothing else
 * (and on the following lines of a multi-line action that starts such a line), by `x` otherwise. Line
 * breaks are kept, so the result has the same length and the same line starts. Linear in the text.
 */
export declare function neutraliseTemplates(text: string, actions?: ActionRanges): string;
/** True when `[start, end)` overlaps an action (binary search over the sorted ranges). */
export declare function overlapsAction(actions: ActionRanges, start: number, end: number): boolean;
