/**
 * The dotenv store (sops stores/dotenv): `KEY=value` lines (split at the first `=`, value verbatim,
 * `\n` escapes are newlines), `#` lines are comments, empty lines are dropped; the metadata is flattened
 * into `sops_…` lines, sorted.
 */
import { SealgateError } from '../../../errors.ts';
import { unflattenMetadata } from '../../../parse/sops/metadata.ts';
import { flattenMetadata } from '../metadata.ts';
import { branch, comment, isBranch, isComment, type Branch, type BranchItem, type Value } from '../values.ts';
import type { LoadedFile, Store } from './store.ts';
import { decodeText } from './yaml.ts';

function parse(text: string): Branch {
  const items: BranchItem[] = [];
  text.split('\n').forEach((line, i) => {
    if (line === '') return;
    if (line.startsWith('#')) {
      items.push(comment(line.slice(1)));
      return;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new SealgateError('INPUT', "invalid dotenv line: expected KEY=value", undefined, i + 1);
    items.push({ key: line.slice(0, eq), value: line.slice(eq + 1).replaceAll('\\n', '\n') });
  });
  return branch(items);
}

function scalarText(v: Value, key: string): string {
  if (typeof v === 'string') return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return String(v);
  if (isBranch(v) || Array.isArray(v)) throw new SealgateError('INPUT', `dotenv cannot hold the nested value of '${key}'`);
  switch (v.kind) {
    case 'int':
      return v.value.toString();
    case 'float':
      return String(v.value);
    case 'time':
      return v.text;
    case 'comment':
      return v.text;
    case 'bytes':
      return new TextDecoder().decode(v.value);
  }
}

function emit(docs: readonly Branch[], metadata?: Branch): string {
  if (docs.length !== 1) throw new SealgateError('INPUT', `dotenv holds one document, the input has ${docs.length}`);
  let out = '';
  for (const item of (docs[0] as Branch).items) {
    if (isComment(item)) out += `#${item.text}\n`;
    else out += `${item.key}=${scalarText(item.value, item.key).replaceAll('\n', '\\n')}\n`;
  }
  if (metadata) for (const [k, v] of flattenMetadata(metadata)) out += `sops_${k}=${v.replaceAll('\n', '\\n')}\n`;
  return out;
}

export const dotenvStore: Store = {
  format: 'dotenv',
  loadPlain: (bytes) => [parse(decodeText(bytes))],
  loadEncrypted(bytes): LoadedFile {
    const b = parse(decodeText(bytes));
    const flat = new Map<string, string>();
    const items = b.items.filter((it) => {
      if (isComment(it) || !it.key.startsWith('sops_')) return true;
      flat.set(it.key.slice(5), typeof it.value === 'string' ? it.value : '');
      return false;
    });
    return { docs: [branch(items)], metadata: flat.size ? unflattenMetadata(flat) : undefined };
  },
  emitPlain: (docs) => emit(docs),
  emitEncrypted: (docs, metadata) => emit(docs, metadata),
  emitValue: (v) => `${scalarText(v, 'value')}\n`,
};
