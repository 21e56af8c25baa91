/**
 * Renders the simple cases of a `spec.template.data` entry (Go text/template over the opened values):
 * `{{ .key }}`, `{{ index . "key" }}`, with `{{-` / `-}}` trimming. Returns undefined when the text uses
 * anything else (pipelines, Sprig functions, control structures): the caller says so rather than guess.
 * A missing key renders as `<no value>`, as Go's default `missingkey` does.
 */
export function renderTemplate(text: string, values: ReadonlyMap<string, string>): string | undefined {
  let out = '';
  let rest = text;
  for (;;) {
    const open = rest.indexOf('{{');
    if (open === -1) return out + rest;
    const close = rest.indexOf('}}', open + 2);
    if (close === -1) return undefined;
    let before = rest.slice(0, open);
    let inner = rest.slice(open + 2, close);
    let after = rest.slice(close + 2);
    if (/^-\s/.test(inner)) {
      before = before.trimEnd();
      inner = inner.slice(1);
    }
    if (/\s-$/.test(inner)) {
      after = after.trimStart();
      inner = inner.slice(0, -1);
    }
    const key = keyOf(inner.trim());
    if (key === undefined) return undefined;
    out += before + (values.get(key) ?? '<no value>');
    rest = after;
  }
}

function keyOf(action: string): string | undefined {
  const field = /^\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(action);
  if (field) return field[1];
  const index = /^index\s+\.\s+"([^"\\]*)"$/.exec(action);
  return index ? index[1] : undefined;
}
