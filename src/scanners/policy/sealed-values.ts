import type { ParsedFile } from '../../parse/types.ts';
import type { ObjectId } from './inventory.ts';
import { isSealedSecret } from '../../parse/manifest.ts';
import { at, entriesOf, textAt } from '../../parse/nodes.ts';

/** The id of one sealed value across versions of a file: `namespace/name/key` of its SealedSecret. */
export function sealedValueId(id: Pick<ObjectId, 'name' | 'namespace'>, key: string): string {
  return `${id.namespace ?? ''}/${id.name ?? ''}/${key}`;
}

/**
 * Every SealedSecret value of a file by `sealedValueId`: the ciphertexts whose last change gives a
 * secret's age. The pipeline compares them across the file's Git versions.
 */
export function sealedValues(parsed: ParsedFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const doc of parsed.docs) {
    if (doc.origin.kind !== 'document' && doc.origin.kind !== 'list-item') continue;
    const root = doc.root;
    if (!isSealedSecret(doc)) continue;
    const id = { name: textAt(root, 'metadata', 'name'), namespace: textAt(root, 'metadata', 'namespace') };
    for (const e of entriesOf(at(root, 'spec', 'encryptedData'))) {
      const value = textAt(e.value);
      if (value !== undefined) out.set(sealedValueId(id, e.key), value);
    }
  }
  return out;
}
