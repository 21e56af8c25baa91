/**
 * The `sops` metadata block, read from its plain-data form (what a YAML/JSON parser yields, or the
 * unflattened dotenv/INI keys). Reading is order-insensitive and weakly typed like sops'
 * `stores.metadata.ToInternal` (stores/stores.go); writing in sops 3.13's order lives in the sealer.
 */
import { DEFAULT_SELECTOR, isSelectorKind, SELECTOR_KINDS, type Selector } from './selector.ts';

export interface SopsAgeKey {
  /** `age1…` (or `ssh-…`) as written. */
  recipient: string;
  /** The data key (or Shamir share) as an armored age file. */
  enc: string;
}

export interface SopsKeyGroup {
  age: SopsAgeKey[];
  /** Key sources sealgate does not handle (`pgp`, `kms`, …), kept as read so they can be reported. */
  other: Record<string, unknown[]>;
}

export interface SopsMetadata {
  keyGroups: SopsKeyGroup[];
  /** True when the groups came from `key_groups` (written back the same way). */
  usesKeyGroups: boolean;
  shamirThreshold: number | undefined;
  /** RFC 3339 as written. */
  lastModified: string;
  /** `ENC[…,type:str]`, or '' in a broken file. */
  mac: string;
  selector: Selector;
  macOnlyEncrypted: boolean;
  version: string;
}

export type MetadataResult = { ok: true; metadata: SopsMetadata } | { ok: false; error: string };

const KEY_SOURCES = ['age', 'pgp', 'kms', 'gcp_kms', 'hckms', 'azure_kv', 'hc_vault'] as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return undefined;
}

function keyGroup(obj: Record<string, unknown>): SopsKeyGroup | string {
  const group: SopsKeyGroup = { age: [], other: {} };
  for (const source of KEY_SOURCES) {
    const list = obj[source];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) return `${source}: expected a list`;
    if (source !== 'age') {
      if (list.length) group.other[source] = list;
      continue;
    }
    for (const item of list) {
      if (!isRecord(item)) return 'age: expected a list of {recipient, enc}';
      const recipient = asString(item['recipient']);
      const enc = asString(item['enc']);
      if (recipient === undefined || enc === undefined) return 'age: every key needs recipient and enc';
      group.age.push({ recipient: recipient.trim(), enc });
    }
  }
  return group;
}

function groupSize(g: SopsKeyGroup): number {
  return g.age.length + Object.values(g.other).reduce((n, l) => n + l.length, 0);
}

/**
 * Reads the metadata block.
 * @returns `{ok: false, error}` with a short reason (never quoting values) when it is not a valid block.
 */
export function readSopsMetadata(block: unknown): MetadataResult {
  if (!isRecord(block)) return { ok: false, error: "the 'sops' metadata is not a mapping" };
  const top = keyGroup(block);
  if (typeof top === 'string') return { ok: false, error: `sops metadata: ${top}` };
  let keyGroups: SopsKeyGroup[];
  let usesKeyGroups = false;
  if (groupSize(top) > 0) keyGroups = [top];
  else {
    const kg = block['key_groups'];
    if (!Array.isArray(kg) || kg.length === 0) return { ok: false, error: 'sops metadata: no keys found in file' };
    keyGroups = [];
    for (const g of kg) {
      if (!isRecord(g)) return { ok: false, error: 'sops metadata: key_groups: expected a list of groups' };
      const parsed = keyGroup(g);
      if (typeof parsed === 'string') return { ok: false, error: `sops metadata: key_groups: ${parsed}` };
      keyGroups.push(parsed);
    }
    usesKeyGroups = true;
  }

  const lastModified = asString(block['lastmodified']);
  if (lastModified === undefined || normalizeRfc3339(lastModified) === undefined) {
    return { ok: false, error: 'sops metadata: lastmodified is missing or not an RFC 3339 time' };
  }
  const selectors = SELECTOR_KINDS.filter((k) => asString(block[k]) !== undefined && asString(block[k]) !== '');
  if (selectors.length > 1) return { ok: false, error: `sops metadata: more than one of ${selectors.join(', ')}` };
  const kind = selectors[0];
  const selector: Selector = kind !== undefined && isSelectorKind(kind) ? { kind, value: asString(block[kind]) as string } : DEFAULT_SELECTOR;

  const thresholdRaw = block['shamir_threshold'];
  const threshold = thresholdRaw === undefined || thresholdRaw === null ? undefined : Number(asString(thresholdRaw));
  if (threshold !== undefined && !Number.isInteger(threshold)) return { ok: false, error: 'sops metadata: shamir_threshold is not an integer' };
  const macOnly = block['mac_only_encrypted'];
  return {
    ok: true,
    metadata: {
      keyGroups,
      usesKeyGroups,
      shamirThreshold: threshold === 0 ? undefined : threshold,
      lastModified,
      mac: asString(block['mac']) ?? '',
      selector,
      macOnlyEncrypted: macOnly === true || macOnly === 'true' || macOnly === 'True',
      version: asString(block['version']) ?? '',
    },
  };
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * What Go's `time.Parse(RFC3339, s).Format(RFC3339)` gives: fractional seconds dropped, a zero offset
 * written `Z`. sops uses it as the MAC's additional data.
 * @returns undefined when `s` is not an RFC 3339 time.
 */
export function normalizeRfc3339(s: string): string | undefined {
  const m = RFC3339.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec, , zone] = m as unknown as string[];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec)));
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(mo) - 1 || Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) {
    return undefined;
  }
  const offset = zone === 'Z' || zone === 'z' || zone === '+00:00' || zone === '-00:00' ? 'Z' : (zone as string);
  return `${y}-${mo}-${d}T${h}:${mi}:${sec}${offset}`;
}

/**
 * Turns dotenv/INI metadata keys (`age__list_0__map_enc`, sops' `MetadataFlatten…`) back into nested data.
 * Values keep their string form; `readSopsMetadata` reads them weakly typed.
 */
export function unflattenMetadata(flat: ReadonlyMap<string, string>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of flat) {
    const parts = key.split('__');
    let node: Record<string, unknown> | unknown[] = root;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      const last = i === parts.length - 1;
      const nextPart = parts[i + 1];
      const child = (): Record<string, unknown> | unknown[] => (nextPart?.startsWith('list_') ? [] : {});
      if (Array.isArray(node)) {
        const idx = Number(part.replace(/^list_/, ''));
        if (!Number.isInteger(idx) || idx < 0 || idx > 10_000) break;
        if (last) node[idx] = value;
        else node = (node[idx] ??= child()) as Record<string, unknown> | unknown[];
      } else {
        const name = part.replace(/^map_/, '');
        if (last) node[name] = value;
        else node = (node[name] ??= child()) as Record<string, unknown> | unknown[];
      }
      if (typeof node !== 'object' || node === null) break;
    }
  }
  return root;
}
