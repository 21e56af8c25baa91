/**
 * The YAML store (sops stores/yaml): every document is a branch; comments become tree items in place
 * (their path is the enclosing mapping); output is re-serialised with 4-space indents and indented
 * sequences like sops, the `sops` block appended as the last key of every document.
 */
import { Document, isAlias, isMap, isScalar, isSeq, LineCounter, Pair, parseAllDocuments, Scalar, visit, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { SealgateError } from '../../../errors.ts';
import { branch, comment, isBranch, isComment, type Branch, type BranchItem, type Comment, type Value } from '../values.ts';
import { needsQuotes, resolvePlain, resolveTagged, UnsupportedScalar } from './yaml-scalars.ts';
import { toPlain } from '../metadata.ts';
import type { LoadedFile, Store } from './store.ts';

/** Alias expansion budget: an alias bomb stops here instead of exhausting memory. */
const MAX_NODES = 200_000;

function commentLines(text: string | null | undefined, inline = false): Comment[] {
  if (!text) return [];
  return text.split('\n').filter((l) => l !== '').map((l) => comment(l, inline));
}

class Loader {
  readonly #lc: LineCounter;
  #nodes = 0;
  /** Anchored nodes by name, in document order (an anchor may be redefined). */
  #anchors = new Map<string, Node[]>();

  constructor(lc: LineCounter) {
    this.#lc = lc;
  }

  fail(message: string, node?: Node | null): never {
    throw new SealgateError('INPUT', message, undefined, node?.range ? this.#lc.linePos(node.range[0]).line : undefined);
  }

  document(doc: ReturnType<typeof parseAllDocuments>[number] & { contents: unknown }, index: number): Branch {
    this.#anchors.clear();
    visit(doc as never, {
      Node: (_key, node) => {
        const anchor = (node as { anchor?: string }).anchor;
        if (anchor) this.#anchors.set(anchor, [...(this.#anchors.get(anchor) ?? []), node as Node]);
      },
    });
    const items: BranchItem[] = [...commentLines(doc.commentBefore)];
    const root = doc.contents as Node | null;
    if (root !== null && !(isScalar(root) && root.value === null && root.source === '')) {
      if (!isMap(root)) this.fail(`document ${index + 1}: the top level must be a mapping`, root);
      items.push(...this.map(root).items);
    }
    items.push(...commentLines(doc.comment));
    return branch(items);
  }

  map(m: YAMLMap): Branch {
    const items: BranchItem[] = [...commentLines(m.commentBefore)];
    const seen = new Set<string>();
    for (const pair of m.items) {
      const keyNode = pair.key as Node | null;
      if (!isScalar(keyNode)) this.fail('mapping keys must be strings', keyNode ?? m);
      items.push(...commentLines(keyNode.commentBefore));
      const key = this.key(keyNode);
      if (seen.has(key)) this.fail('duplicate key', keyNode);
      seen.add(key);
      const valueNode = pair.value as Node | null;
      items.push({ key, value: this.value(valueNode) });
      items.push(...commentLines(keyNode.comment));
      if (isScalar(valueNode) || isAlias(valueNode)) items.push(...commentLines(valueNode.comment, true));
      else if (valueNode) items.push(...commentLines(valueNode.comment));
    }
    if (m.items.length && m.comment) return branch(items.concat(commentLines(m.comment)));
    return branch(items);
  }

  key(k: Scalar): string {
    const v = this.scalar(k);
    if (typeof v !== 'string') this.fail('mapping keys must be strings (quote keys like 1 or true)', k);
    return v;
  }

  value(n: Node | null): Value {
    if (++this.#nodes > MAX_NODES) this.fail('too many nodes (alias expansion limit)', n);
    if (n === null) return null;
    if (isAlias(n)) {
      // the last definition of the anchor before the alias (Alias.resolve walks the whole document per call)
      const start = n.range?.[0] ?? 0;
      const target = (this.#anchors.get(n.source) ?? []).filter((a) => (a.range?.[0] ?? 0) < start).pop();
      if (!target) this.fail('unknown alias', n);
      return this.value(target);
    }
    if (isMap(n)) {
      const b = this.map(n);
      return b;
    }
    if (isSeq(n)) {
      const out: Value[] = [...commentLines(n.commentBefore)];
      for (const item of n.items as (Node | null)[]) {
        // a nested list keeps its own leading comments; a map's are taken here and stripped below
        if (item && !isSeq(item)) out.push(...commentLines(item.commentBefore));
        const v = this.value(item);
        if (isBranch(v) && item && isMap(item)) {
          // the map's own leading comments were taken as list comments above
          out.push(stripLeadingComments(v, item.commentBefore));
        } else out.push(v);
        if (item && (isScalar(item) || isAlias(item))) out.push(...commentLines(item.comment, true));
        else if (item) out.push(...commentLines(item.comment));
      }
      out.push(...commentLines(n.comment));
      return out;
    }
    if (isScalar(n)) return this.scalar(n);
    return this.fail('unsupported YAML node', n);
  }

  scalar(n: Scalar): Exclude<Value, Branch | Value[] | Comment> {
    const v = n.value;
    try {
      if (Buffer.isBuffer(v) || v instanceof Uint8Array) {
        try {
          return new TextDecoder('utf-8', { fatal: true }).decode(v);
        } catch {
          return { kind: 'bytes', value: new Uint8Array(v) };
        }
      }
      const text = v === null || v === undefined ? '' : String(v);
      if (n.tag) return resolveTagged(n.tag, text);
      if (n.type !== 'PLAIN' && n.type !== undefined) return text;
      return resolvePlain(text);
    } catch (e) {
      if (e instanceof UnsupportedScalar) return this.fail(e.message, n);
      throw e;
    }
  }
}

function stripLeadingComments(b: Branch, commentBefore: string | null | undefined): Branch {
  const n = commentLines(commentBefore).length;
  return n ? branch(b.items.slice(n)) : b;
}

/**
 * Parses YAML documents into branches; the `sops` key of the first document is split off. Duplicate keys
 * are rejected by the loader (the yaml package's own check compares every pair of keys).
 */
function load(text: string, encrypted: boolean): LoadedFile {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { schema: 'failsafe', lineCounter: lc, prettyErrors: false, uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [];
  const out: Branch[] = [];
  let metadata: unknown;
  for (const [i, doc] of list.entries()) {
    const err = doc.errors[0];
    if (err) {
      throw new SealgateError('INPUT', `invalid YAML (${err.code})`, undefined, lc.linePos(err.pos[0]).line);
    }
    const b = new Loader(lc).document(doc as never, i);
    if (i > 0 && i === list.length - 1 && b.items.length === 0) continue; // a trailing `---`
    const sopsItems = b.items.filter((it) => !isComment(it) && it.key === 'sops');
    if (sopsItems.length > 1 && i === 0) throw new SealgateError('INPUT', "duplicate 'sops' key");
    if (i === 0 && sopsItems.length) metadata = toPlain((sopsItems[0] as { value: Value }).value);
    if (encrypted) b.items = b.items.filter((it) => isComment(it) || it.key !== 'sops');
    out.push(b);
  }
  if (out.length === 0) out.push(branch());
  return { docs: out, metadata };
}

function scalarNode(v: Value): Node {
  if (v === null) return new Scalar(null);
  if (typeof v === 'string') {
    const s = new Scalar(v);
    if (v.includes('\n') && /^[^\s]/.test(v) && !/[\r\t]|[ ]\n/.test(v) && /^[\x20-\x7e\n\u00a0-\uffff]*$/.test(v)) s.type = 'BLOCK_LITERAL';
    else if (needsQuotes(v) || v.includes('\n')) s.type = 'QUOTE_DOUBLE';
    return s;
  }
  if (typeof v === 'boolean') return new Scalar(v);
  if (isComment(v)) return new Scalar(v.text);
  if (isBranch(v) || Array.isArray(v)) throw new Error('not a scalar');
  switch (v.kind) {
    case 'int':
      return new Scalar(v.value);
    case 'float': {
      const s = new Scalar(v.value);
      if (Number.isFinite(v.value) && !/e/i.test(String(v.value))) s.minFractionDigits = 1;
      return s;
    }
    case 'time': {
      const s = new Scalar(v.text);
      s.type = 'PLAIN';
      return s;
    }
    case 'bytes': {
      const s = new Scalar(Buffer.from(v.value).toString('base64'));
      s.tag = 'tag:yaml.org,2002:binary';
      return s;
    }
  }
}

function toNode(v: Value): Node {
  if (isBranch(v)) return mapNode(v);
  if (Array.isArray(v)) return seqNode(v);
  return scalarNode(v);
}

function joinComments(list: string[]): string | undefined {
  return list.length ? list.join('\n') : undefined;
}

function mapNode(b: Branch): YAMLMap {
  const m = new YAMLMap();
  let pending: string[] = [];
  let last: Pair | undefined;
  for (const item of b.items) {
    if (isComment(item)) {
      if (item.inline && last && pending.length === 0 && isScalar(last.value) && !last.value.comment) last.value.comment = item.text;
      else pending.push(item.text);
      continue;
    }
    const key = scalarNode(item.key) as Scalar;
    const c = joinComments(pending);
    if (c !== undefined) key.commentBefore = c;
    pending = [];
    last = new Pair(key, toNode(item.value));
    m.items.push(last);
  }
  const trailing = joinComments(pending);
  if (trailing !== undefined) m.comment = trailing;
  return m;
}

function seqNode(list: Value[]): YAMLSeq {
  const s = new YAMLSeq();
  let pending: string[] = [];
  let last: Node | undefined;
  for (const el of list) {
    if (isComment(el)) {
      if (el.inline && last && pending.length === 0 && isScalar(last) && !last.comment) last.comment = el.text;
      else pending.push(el.text);
      continue;
    }
    const node = toNode(el);
    const c = joinComments(pending);
    if (c !== undefined) node.commentBefore = c;
    pending = [];
    s.items.push(node);
    last = node;
  }
  const trailing = joinComments(pending);
  if (trailing !== undefined) s.comment = trailing;
  return s;
}

function emit(docs: readonly Branch[], metadata?: Branch): string {
  return docs
    .map((d) => {
      const doc = new Document();
      const b = metadata ? branch([...d.items, { key: 'sops', value: metadata }]) : d;
      const onlyComments = b.items.every(isComment);
      if (onlyComments && b.items.length) {
        doc.contents = null;
        doc.commentBefore = b.items.map((c) => (c as Comment).text).join('\n');
        return doc.toString({ indent: 4, indentSeq: true, lineWidth: 0 });
      }
      doc.contents = mapNode(b) as never;
      return doc.toString({ indent: 4, indentSeq: true, lineWidth: 0 });
    })
    .join('---\n');
}

export const yamlStore: Store = {
  format: 'yaml',
  loadPlain: (bytes) => load(decodeText(bytes), false).docs,
  loadEncrypted: (bytes) => load(decodeText(bytes), true),
  emitPlain: (docs) => emit(docs),
  emitEncrypted: (docs, metadata) => emit(docs, metadata),
  emitValue: (v) => (isBranch(v) ? emit([v]) : new Document(toNode(v)).toString({ indent: 4, indentSeq: true, lineWidth: 0 })),
};

/**
 * UTF-8 text of a file (a BOM is dropped).
 * @throws SealgateError('INPUT') for bytes that are not UTF-8: replacing them would silently change the
 *   values that get encrypted (sops' YAML parser refuses such files too).
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SealgateError('INPUT', 'not valid UTF-8 (to encrypt it byte for byte: --input-type binary)');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
