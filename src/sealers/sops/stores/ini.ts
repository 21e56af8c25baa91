/**
 * The INI store (sops stores/ini on gopkg.in/ini.v1): sections are top-level keys (keys before the first
 * header live in `DEFAULT`, additional data `DEFAULT:key:`), every value is a string, `;`/`#` lines are
 * comments of the key below; the metadata is a `[sops]` section of flattened keys with newlines written
 * as `\n` (3.13.2), and `"""…"""` multi-line values (3.13.0/3.13.1) are read too.
 */
import { SealgateError } from '../../../errors.ts';
import { unflattenMetadata } from '../../../parse/sops/metadata.ts';
import { flattenMetadata } from '../metadata.ts';
import { branch, comment, isBranch, isComment, type Branch, type BranchItem, type Value } from '../values.ts';
import type { LoadedFile, Store } from './store.ts';
import { decodeText } from './yaml.ts';

const DEFAULT = 'DEFAULT';

function unquote(raw: string, lines: string[], at: { i: number }): string {
  if (raw.startsWith('"""')) {
    const rest = raw.slice(3);
    const end = rest.indexOf('"""');
    if (end >= 0) return rest.slice(0, end);
    const parts = [rest];
    while (++at.i < lines.length) {
      const l = lines[at.i] as string;
      const e = l.indexOf('"""');
      if (e >= 0) {
        parts.push(l.slice(0, e));
        return parts.join('\n');
      }
      parts.push(l);
    }
    throw new SealgateError('INPUT', 'unterminated """ value', undefined, at.i);
  }
  const q = raw[0];
  if ((q === '"' || q === '`') && raw.length > 1) {
    const end = raw.indexOf(q, 1);
    if (end > 0) return raw.slice(1, end);
  }
  // ini.v1 cuts an unquoted value at the first inline comment character
  const cut = raw.search(/[#;]/);
  return (cut >= 0 ? raw.slice(0, cut) : raw).trim();
}

function parse(text: string): Branch {
  const lines = text.split(/\r?\n/);
  const sections: { name: string; items: BranchItem[] }[] = [{ name: DEFAULT, items: [] }];
  let current = sections[0] as { name: string; items: BranchItem[] };
  let pending: BranchItem[] = [];
  for (const at = { i: 0 }; at.i < lines.length; at.i++) {
    const line = (lines[at.i] as string).trim();
    if (line === '') continue;
    if (line.startsWith(';') || line.startsWith('#')) {
      pending.push(comment(line.slice(1)));
      continue;
    }
    const header = /^\[([^\]]*)\]/.exec(line);
    if (header) {
      const name = (header[1] as string).trim() || DEFAULT;
      const existing = sections.find((s) => s.name === name);
      current = existing ?? { name, items: [] };
      if (!existing) sections.push(current);
      current.items.push(...pending);
      pending = [];
      continue;
    }
    const eq = line.search(/[=:]/);
    if (eq <= 0) throw new SealgateError('INPUT', 'invalid INI line: expected key = value', undefined, at.i + 1);
    const key = line.slice(0, eq).trim().replace(/^`(.*)`$/, '$1').replace(/^"""(.*)"""$/, '$1');
    const value = unquote(line.slice(eq + 1).trim(), lines, at);
    current.items.push(...pending);
    pending = [];
    const existing = current.items.findIndex((it) => !isComment(it) && it.key === key);
    if (existing >= 0) current.items.splice(existing, 1);
    current.items.push({ key, value });
  }
  current.items.push(...pending);
  return branch(sections.map((s) => ({ key: s.name, value: branch(s.items) })));
}

function valueText(v: Value, where: string): string {
  if (typeof v === 'string') return v;
  if (v === null) return '';
  if (typeof v === 'boolean') return String(v);
  if (isBranch(v) || Array.isArray(v)) throw new SealgateError('INPUT', `INI cannot hold the nested value at ${where}`);
  if (v.kind === 'int') return v.value.toString();
  if (v.kind === 'float') return String(v.value);
  if (v.kind === 'time') return v.text;
  if (v.kind === 'comment') return v.text;
  return new TextDecoder().decode(v.value);
}

/** ini.v1's quoting for a written value. */
function quoteValue(v: string): string {
  if (/[\n`]/.test(v)) return `"""${v}"""`;
  if (/[#;]/.test(v)) return `\`${v}\``;
  if (v.trim() !== v) return `"${v}"`;
  return v;
}

function writeSection(name: string, entries: BranchItem[], header: boolean): string {
  const keys = entries.filter((e) => !isComment(e)) as { key: string; value: Value }[];
  const width = Math.max(0, ...keys.map((k) => k.key.length));
  let out = header ? `[${name}]\n` : '';
  for (const e of entries) {
    if (isComment(e)) out += `;${e.text}\n`;
    else out += `${e.key.padEnd(width)} = ${quoteValue(valueText(e.value, `${name}.${e.key}`))}\n`;
  }
  return `${out}\n`;
}

function emit(docs: readonly Branch[], metadata?: Branch): string {
  if (docs.length !== 1) throw new SealgateError('INPUT', `INI holds one document, the input has ${docs.length}`);
  let out = '';
  for (const item of (docs[0] as Branch).items) {
    if (isComment(item)) continue;
    if (!isBranch(item.value)) throw new SealgateError('INPUT', `INI needs sections at the top level ('${item.key}' is a value)`);
    const entries = item.value.items;
    if (item.key === DEFAULT && entries.length === 0) continue;
    out += writeSection(item.key, entries, !(item.key === DEFAULT && out === ''));
  }
  if (metadata) {
    const flat = flattenMetadata(metadata).map(([k, v]) => ({ key: k, value: v.replaceAll('\n', '\\n') }));
    const width = Math.max(...flat.map((f) => f.key.length));
    out += `[sops]\n${flat.map((f) => `${f.key.padEnd(width)} = ${f.value}\n`).join('')}`;
  }
  return out.replace(/\n\n$/, '\n');
}

export const iniStore: Store = {
  format: 'ini',
  loadPlain: (bytes) => [parse(decodeText(bytes))],
  loadEncrypted(bytes): LoadedFile {
    const root = parse(decodeText(bytes));
    const sops = root.items.find((i) => !isComment(i) && i.key === 'sops') as { value: Branch } | undefined;
    const items = root.items.filter((i) => isComment(i) || i.key !== 'sops');
    if (!sops) return { docs: [branch(items)], metadata: undefined };
    const flat = new Map<string, string>();
    for (const it of sops.value.items) if (!isComment(it)) flat.set(it.key, String(it.value).replaceAll('\\n', '\n'));
    return { docs: [branch(items)], metadata: unflattenMetadata(flat) };
  },
  emitPlain: (docs) => emit(docs),
  emitEncrypted: (docs, metadata) => emit(docs, metadata),
  emitValue: (v) => `${valueText(v, 'value')}\n`,
};
