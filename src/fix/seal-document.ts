/** One Secret manifest of a file → the SealedSecret text that takes its place, laid out to fit there. */
import { SealgateError } from '../errors.ts';
import type { SealedSecretScope } from '../parse/sealed-secret.ts';
import type { ManifestDoc, ParsedFile } from '../parse/types.ts';
import { seal } from '../sealers/kubeseal/api.ts';
import type { SealingKey } from '../sealers/kubeseal/cert.ts';
import { docRange, layout, paddedSlice, rangeStyle, type Range } from './splice.ts';

export interface SealedEdit {
  range: Range;
  /** The SealedSecret, laid out for the range. */
  text: string;
  /** Certificate warnings (expiring soon); never secrets. */
  warnings: string[];
}

/**
 * Seals the Secret `doc` of `parsed` (a YAML document, a `List` item, or a JSON value) for `key`.
 * @throws SealgateError('INPUT') naming the file and line when the Secret cannot be sealed as it is (no name,
 *   no namespace for a strict or namespace-wide scope, `data` that is not base64, template actions…).
 */
export function sealDocument(text: string, parsed: ParsedFile, doc: ManifestDoc, key: SealingKey, options: { file: string; scope?: SealedSecretScope; namespace?: string; now?: Date }): SealedEdit {
  const range = docRange(parsed, doc);
  const style = rangeStyle(parsed, text, range);
  const input = paddedSlice(text, range, parsed.lines);
  if (/\{\{|\{%/.test(input)) {
    throw new SealgateError('INPUT', 'the Secret holds template actions ({{ … }}): seal the rendered Secret instead, or move the values to a sealed Secret the template references', options.file, doc.root.span.line);
  }
  const result = seal(input, {
    cert: key,
    file: options.file,
    format: style === 'yaml-block' ? 'yaml' : 'json',
    ...(options.scope ? { scope: options.scope } : {}),
    ...(options.namespace ? { namespace: options.namespace } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  if (result.count !== 1) throw new SealgateError('INPUT', 'expected exactly one Secret here', options.file, doc.root.span.line);
  let out = result.output;
  if (style === 'yaml-block') out = out.replace(/^---\n/, '');
  else if (style === 'yaml-flow') out = `${JSON.stringify(JSON.parse(out))}\n`; // one line, like the flow mapping it replaces
  return { range, text: layout(text, range, style, out, parsed.lines), warnings: result.warnings };
}
