/**
 * The `sops` block as sealgate writes it: sops 3.13's layout (stores/metadata.go sorts keys
 * alphabetically at every level, so an age entry is `enc` then `recipient`). Reading is in
 * parse/sops/metadata.ts, shared with the scanner.
 */
import { SealgateError } from '../../errors.ts';
import type { SopsKeyGroup, SopsMetadata } from '../../parse/sops/metadata.ts';
import { branch, int, isBranch, isComment, type Branch, type BranchItem, type Value } from './values.ts';

/** The sops release whose file format sealgate writes (`version` in the metadata). */
export const SOPS_FORMAT_VERSION = '3.13.2';

function ageList(group: SopsKeyGroup): Value[] {
  return group.age.map((k) => branch([{ key: 'enc', value: k.enc }, { key: 'recipient', value: k.recipient }]));
}

/**
 * The metadata as an ordered tree, ready for any store. One key group is written flat (`age:`), several
 * as `key_groups`, like sops. The binary store writes no selector.
 * @throws SealgateError('CRYPTO') when a group holds key types sealgate cannot write (pgp, kms, …).
 */
export function metadataToBranch(m: SopsMetadata, options: { writeSelector: boolean }): Branch {
  for (const g of m.keyGroups) {
    const other = Object.keys(g.other);
    if (other.length) throw new SealgateError('CRYPTO', `cannot write ${other.join(', ')} keys: sealgate handles age keys only`);
  }
  const fields = new Map<string, Value>();
  const single = m.keyGroups.length === 1;
  if (single) fields.set('age', ageList(m.keyGroups[0] as SopsKeyGroup));
  else fields.set('key_groups', m.keyGroups.map((g) => branch([{ key: 'age', value: ageList(g) }, { key: 'hc_vault', value: [] }])));
  fields.set('lastmodified', m.lastModified);
  fields.set('mac', m.mac);
  if (m.macOnlyEncrypted) fields.set('mac_only_encrypted', true);
  if (m.shamirThreshold !== undefined && m.shamirThreshold !== 0) fields.set('shamir_threshold', int(BigInt(m.shamirThreshold)));
  if (options.writeSelector) fields.set(m.selector.kind, m.selector.value);
  fields.set('version', m.version);
  const items: BranchItem[] = [...fields.keys()].sort().map((key) => ({ key, value: fields.get(key) as Value }));
  return branch(items);
}

/** A tree value as plain data (strings for scalars other than booleans), for `readSopsMetadata`. */
export function toPlain(v: Value): unknown {
  if (isBranch(v)) {
    const o: Record<string, unknown> = {};
    for (const item of v.items) if (!isComment(item)) o[item.key] = toPlain(item.value);
    return o;
  }
  if (Array.isArray(v)) return v.filter((x) => !isComment(x)).map(toPlain);
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v.kind === 'int') return v.value.toString();
  if (v.kind === 'float') return String(v.value);
  if (v.kind === 'time') return v.text;
  if (v.kind === 'comment') return undefined;
  return undefined;
}

/**
 * Flattens the metadata for dotenv and INI (sops' MetadataFlatten…): `age__list_0__map_enc` etc.,
 * keys sorted, newlines left to the store to escape.
 */
export function flattenMetadata(b: Branch): [string, string][] {
  const out: [string, string][] = [];
  const visit = (v: Value, key: string): void => {
    if (isBranch(v)) {
      for (const item of v.items) if (!isComment(item)) visit(item.value, key === '' ? item.key : `${key}__map_${item.key}`);
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, `${key}__list_${i}`));
    } else {
      const p = toPlain(v);
      out.push([key, p === true ? 'true' : p === false ? 'false' : String(p ?? '')]);
    }
  };
  for (const item of b.items) if (!isComment(item)) visit(item.value, item.key);
  return out.sort(([a], [b2]) => (a < b2 ? -1 : a > b2 ? 1 : 0));
}
