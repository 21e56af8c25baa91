/**
 * A file of Secrets → the same file encrypted with SOPS. sops encrypts whole files (one data key and one MAC
 * for all documents, the metadata in every document), so the file may hold nothing but Secrets.
 */
import { SealgateError } from '../errors.ts';
import { asSecret, objectRef } from '../parse/manifest.ts';
import type { ParsedFile } from '../parse/types.ts';
import { encryptSops } from '../sealers/sops/sops-file.ts';
import { formatFromPath } from '../sealers/sops/stores/index.ts';
import type { SopsKeys } from './policy.ts';

/**
 * Encrypts the whole file at `path` (its text, without BOM) for `keys`.
 * @returns the encrypted file's text.
 * @throws SealgateError('INPUT') naming the file when it is not a YAML/JSON file of Secrets only.
 */
export async function encryptFile(path: string, text: string, parsed: ParsedFile, keys: SopsKeys): Promise<string> {
  const format = formatFromPath(path);
  if (format !== 'yaml' && format !== 'json') {
    throw new SealgateError('INPUT', 'sops encrypts this file by its name as a binary blob, which kubectl and Flux cannot apply: give it a .yaml or .json name first', path);
  }
  const docs = parsed.docs.filter((d) => d.origin.kind !== 'last-applied');
  const others = docs.filter((d) => d.origin.kind !== 'document' || asSecret(d) === undefined);
  if (others.length > 0) {
    const kinds = [...new Set(others.map((d) => (d.origin.kind === 'list-item' ? 'a List' : (objectRef(d).kind ?? 'an object without kind'))))];
    const first = others[0]?.root.span.line;
    throw new SealgateError(
      'INPUT',
      `sops encrypts whole files and this one also holds ${kinds.join(', ')}: move the Secret to a file of its own (e.g. next to it as NAME.secret.yaml) and run sealgate fix again, or seal it with a sealed-secrets rule`,
      path,
      first,
    );
  }
  if (format === 'json' && docs.length > 1) throw new SealgateError('INPUT', 'sops reads one JSON value per file: split the Secrets into files of their own', path);
  const result = await encryptSops(new TextEncoder().encode(text), {
    format,
    keyGroups: keys.keyGroups,
    ...(keys.selector ? { selector: keys.selector } : {}),
    ...(keys.shamirThreshold !== undefined ? { shamirThreshold: keys.shamirThreshold } : {}),
    macOnlyEncrypted: keys.macOnlyEncrypted,
  });
  return result.output;
}
