/**
 * The JSON store (sops stores/json): key order kept (a JS object would move "8080" first and change the
 * MAC), integers that fit int64 are `int`, other numbers `float` (sops 3.13.2 `UseNumber`); output is
 * Go's `json.Marshal` escaping (`<>&` as \u003c…) indented with tabs, `sops` the last key.
 */
import { SealgateError } from '../../../errors.ts';
import { branch, float, int, isBranch, isComment, type Branch, type BranchItem, type Value } from '../values.ts';
import { toPlain } from '../metadata.ts';
import type { LoadedFile, Store } from './store.ts';
import { decodeText } from './yaml.ts';

const MAX_DEPTH = 1000;

class Parser {
  readonly #s: string;
  #i = 0;

  constructor(s: string) {
    this.#s = s;
  }

  fail(what: string): never {
    const line = this.#s.slice(0, this.#i).split('\n').length;
    throw new SealgateError('INPUT', `invalid JSON: ${what}`, undefined, line);
  }

  ws(): void {
    while (this.#i < this.#s.length && ' \t\r\n'.includes(this.#s[this.#i] as string)) this.#i++;
  }

  document(): Value {
    this.ws();
    const v = this.value(0);
    this.ws();
    if (this.#i < this.#s.length) this.fail('unexpected data after the top-level value');
    return v;
  }

  value(depth: number): Value {
    if (depth > MAX_DEPTH) this.fail('nesting too deep');
    const c = this.#s[this.#i];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === 't' && this.#s.startsWith('true', this.#i)) return (this.#i += 4), true;
    if (c === 'f' && this.#s.startsWith('false', this.#i)) return (this.#i += 5), false;
    if (c === 'n' && this.#s.startsWith('null', this.#i)) return (this.#i += 4), null;
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.#s.slice(this.#i, this.#i + 400));
    if (!m) return this.fail('unexpected character');
    this.#i += m[0].length;
    if (m[2] === undefined && m[3] === undefined) {
      const n = BigInt(m[0]);
      if (n >= -(2n ** 63n) && n < 2n ** 63n) return int(n);
    }
    return float(Number(m[0]));
  }

  object(depth: number): Branch {
    this.#i++;
    const items: BranchItem[] = [];
    const seen = new Set<string>();
    this.ws();
    if (this.#s[this.#i] === '}') return this.#i++, branch(items);
    for (;;) {
      this.ws();
      if (this.#s[this.#i] !== '"') this.fail('expected a string key');
      const key = this.string();
      if (seen.has(key)) this.fail('duplicate key');
      seen.add(key);
      this.ws();
      if (this.#s[this.#i++] !== ':') this.fail("expected ':'");
      this.ws();
      items.push({ key, value: this.value(depth + 1) });
      this.ws();
      const c = this.#s[this.#i++];
      if (c === '}') return branch(items);
      if (c !== ',') this.fail("expected ',' or '}'");
    }
  }

  array(depth: number): Value[] {
    this.#i++;
    const out: Value[] = [];
    this.ws();
    if (this.#s[this.#i] === ']') return this.#i++, out;
    for (;;) {
      this.ws();
      out.push(this.value(depth + 1));
      this.ws();
      const c = this.#s[this.#i++];
      if (c === ']') return out;
      if (c !== ',') this.fail("expected ',' or ']'");
    }
  }

  string(): string {
    const start = this.#i;
    this.#i++;
    for (;;) {
      const c = this.#s.charCodeAt(this.#i);
      if (Number.isNaN(c)) this.fail('unterminated string');
      if (c === 0x22) break;
      if (c < 0x20) this.fail('control character in a string');
      this.#i += c === 0x5c ? 2 : 1;
    }
    this.#i++;
    try {
      return JSON.parse(this.#s.slice(start, this.#i)) as string;
    } catch {
      return this.fail('invalid escape in a string');
    }
  }
}

/** Parses a JSON file into one branch. */
export function parseJsonDocument(text: string): Value {
  return new Parser(text).document();
}

/** Go's json.Marshal for a string: HTML-safe escapes, lone surrogates as U+FFFD. */
export function goJsonString(s: string): string {
  const wellFormed = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return JSON.stringify(wellFormed).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function encode(v: Value, indent: string): string {
  const inner = `${indent}\t`;
  if (isBranch(v)) {
    const items = v.items.filter((i) => !isComment(i)) as { key: string; value: Value }[];
    if (!items.length) return '{}';
    return `{\n${items.map((i) => `${inner}${goJsonString(i.key)}: ${encode(i.value, inner)}`).join(',\n')}\n${indent}}`;
  }
  if (Array.isArray(v)) {
    const els = v.filter((x) => !isComment(x));
    if (!els.length) return '[]';
    return `[\n${els.map((x) => `${inner}${encode(x, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (v === null) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  switch (v.kind) {
    case 'int':
      return v.value.toString();
    case 'float':
      if (!Number.isFinite(v.value)) throw new SealgateError('INPUT', 'JSON cannot hold NaN or infinite numbers');
      // JS number formatting switches to exponents at the same bounds as Go's encoding/json (1e-6, 1e21).
      return Object.is(v.value, -0) ? '-0' : String(v.value);
    case 'time':
      return goJsonString(v.text);
    case 'bytes':
      return goJsonString(Buffer.from(v.value).toString('base64'));
    case 'comment':
      return goJsonString(v.text);
  }
}

/** Encodes documents as sops' JSON store does (one document only). */
export function emitJson(docs: readonly Branch[], metadata?: Branch): string {
  if (docs.length !== 1) throw new SealgateError('INPUT', `JSON holds one document, the input has ${docs.length}`);
  const doc = docs[0] as Branch;
  const b = metadata ? branch([...doc.items.filter((i) => isComment(i) || i.key !== 'sops'), { key: 'sops', value: metadata }]) : doc;
  return `${encode(b, '')}\n`;
}

function load(bytes: Uint8Array): LoadedFile {
  const root = parseJsonDocument(decodeText(bytes));
  if (!isBranch(root)) throw new SealgateError('INPUT', 'the top level of a JSON file must be an object');
  const sops = root.items.find((i) => !isComment(i) && i.key === 'sops') as { value: Value } | undefined;
  return { docs: [root], metadata: sops === undefined ? undefined : toPlain(sops.value) };
}

export const jsonStore: Store = {
  format: 'json',
  loadPlain: (bytes) => load(bytes).docs,
  loadEncrypted: (bytes) => {
    const f = load(bytes);
    const doc = f.docs[0] as Branch;
    return { docs: [branch(doc.items.filter((i) => isComment(i) || i.key !== 'sops'))], metadata: f.metadata };
  },
  emitPlain: (docs) => emitJson(docs),
  emitEncrypted: (docs, metadata) => emitJson(docs, metadata),
  emitValue: (v) => `${encode(v, '')}\n`,
};
