/**
 * Renders the simple cases of a `spec.template.data` entry (Go text/template over the opened values):
 * `{{ .key }}`, `{{ index . "key" }}`, with `{{-` / `-}}` trimming. Returns undefined when the text uses
 * anything else (pipelines, Sprig functions, control structures): the caller says so rather than guess.
 * A missing key renders as `<no value>`, as Go's default `missingkey` does.
 */
export declare function renderTemplate(text: string, values: ReadonlyMap<string, string>): string | undefined;
