/**
 * The binary store (sops BinaryStore): the whole file is one string under `data` (additional data
 * `data:`), stored in a JSON envelope with the `sops` block; decryption gives back the raw bytes.
 */
import { SealgateError } from '../../../errors.ts';
import { branch, isBranch, isComment, type Branch, type Value } from '../values.ts';
import { emitJson, jsonStore } from './json.ts';
import type { Store } from './store.ts';

function rawBytes(docs: readonly Branch[]): Uint8Array {
  const doc = docs[0];
  const data = doc?.items.find((i) => !isComment(i) && i.key === 'data') as { value: Value } | undefined;
  if (!data || docs.length !== 1) throw new SealgateError('INPUT', "a binary file holds exactly one 'data' value");
  const v = data.value;
  if (typeof v === 'string') return new TextEncoder().encode(v);
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && !isBranch(v) && v.kind === 'bytes') return v.value;
  throw new SealgateError('INPUT', "the 'data' value of a binary file must be a string");
}

export const binaryStore: Store = {
  format: 'binary',
  loadPlain(bytes) {
    let value: Value;
    try {
      value = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      value = { kind: 'bytes', value: bytes };
    }
    return [branch([{ key: 'data', value }])];
  },
  loadEncrypted: (bytes) => jsonStore.loadEncrypted(bytes),
  emitPlain: (docs) => rawBytes(docs),
  emitEncrypted: (docs, metadata) => emitJson(docs, metadata),
  emitValue: (v) => (typeof v === 'string' ? v : jsonStore.emitValue(v)),
};
