import { SealgateError } from '../../errors.ts';
import type { LineIndex } from '../../position.ts';
import { decodeBase64Std } from '../../parse/sealed-secret.ts';
import { isRecord, lineAt, scalarSource, type ManifestObject } from './manifests.ts';

/** A Secret read from a manifest, checked, with its values as bytes. */
export interface SecretInput {
  /** `metadata` as written (validated: string name/namespace, string-valued labels and annotations). */
  metadata: Record<string, unknown>;
  name: string | undefined;
  namespace: string | undefined;
  type: string | undefined;
  immutable: boolean | undefined;
  /** `data` (base64-decoded) then `stringData` (UTF-8); stringData wins on a shared key, as in kubeseal. */
  items: Map<string, Uint8Array>;
  file: string;
  line: number;
}

/**
 * Reads one object as a Secret the way kubeseal decodes it into a `v1.Secret`.
 * @throws SealgateError('INPUT') naming the file and line when it is not a Secret, a value in `data` is not
 *   base64, or a field has the wrong type. Messages name keys, never values.
 */
export function readSecret(object: ManifestObject, lines: LineIndex): SecretInput {
  const v = object.value;
  const fail = (message: string, path: readonly (string | number)[] = []): never => {
    throw new SealgateError('INPUT', message, object.file, lineAt(object, path, lines));
  };
  if (!isRecord(v)) return fail('not a Kubernetes object: expected a Secret');
  const kind = v['kind'];
  if (kind === 'SealedSecret') {
    return fail('this is already a SealedSecret: to add keys use --merge-into, to re-encrypt use sealgate reseal', ['kind']);
  }
  if (kind !== 'Secret') {
    return fail(`not a Secret (kind: ${typeof kind === 'string' ? kind : 'missing'}): only Secrets can be sealed`, ['kind']);
  }
  if (v['apiVersion'] !== undefined && v['apiVersion'] !== 'v1') fail('a Secret must have apiVersion: v1', ['apiVersion']);

  const metadata = v['metadata'] ?? {};
  if (!isRecord(metadata)) return fail('metadata must be a mapping', ['metadata']);
  for (const field of ['name', 'namespace', 'generateName'] as const) {
    const f = metadata[field];
    if (f !== undefined && f !== null && typeof f !== 'string') fail(`metadata.${field} must be a string`, ['metadata', field]);
  }
  for (const field of ['labels', 'annotations'] as const) {
    const map = metadata[field];
    if (map === undefined || map === null) continue;
    if (!isRecord(map)) fail(`metadata.${field} must be a mapping`, ['metadata', field]);
    for (const [k, x] of Object.entries(map as Record<string, unknown>)) {
      if (typeof x !== 'string') fail(`metadata.${field}.${k} must be a string (quote it)`, ['metadata', field, k]);
    }
  }
  const type = v['type'];
  if (type !== undefined && type !== null && typeof type !== 'string') fail('type must be a string', ['type']);
  const immutable = v['immutable'];
  if (immutable !== undefined && immutable !== null && typeof immutable !== 'boolean') fail('immutable must be true or false', ['immutable']);

  const items = new Map<string, Uint8Array>();
  const data = v['data'];
  if (data !== undefined && data !== null) {
    if (!isRecord(data)) fail('data must be a mapping of key to base64 value', ['data']);
    for (const [key, encoded] of Object.entries(data as Record<string, unknown>)) {
      if (encoded === null) {
        items.set(key, new Uint8Array());
        continue;
      }
      const bytes = typeof encoded === 'string' ? decodeBase64Std(encoded) : undefined;
      if (bytes === undefined) fail(`data.${key} is not valid base64 (put plain text under stringData instead)`, ['data', key]);
      items.set(key, bytes as Buffer);
    }
  }
  const stringData = v['stringData'];
  if (stringData !== undefined && stringData !== null) {
    if (!isRecord(stringData)) fail('stringData must be a mapping of key to string', ['stringData']);
    for (const [key, text] of Object.entries(stringData as Record<string, unknown>)) {
      if (isRecord(text) || Array.isArray(text)) fail(`stringData.${key} must be a string`, ['stringData', key]);
      // kubeseal decodes into map[string]string, so an unquoted 8080 or true is its text, and null is empty.
      const s = typeof text === 'string' ? text : text === null ? '' : (scalarSource(object, ['stringData', key]) ?? String(text));
      items.set(key, new TextEncoder().encode(s));
    }
  }
  const str = (x: unknown) => (typeof x === 'string' && x !== '' ? x : undefined);
  return {
    metadata,
    name: str(metadata['name']),
    namespace: str(metadata['namespace']),
    type: str(type),
    immutable: typeof immutable === 'boolean' ? immutable : undefined,
    items,
    file: object.file,
    line: object.line,
  };
}
