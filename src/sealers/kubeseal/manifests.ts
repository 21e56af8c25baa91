import { isMap, isScalar, isSeq, parse, parseAllDocuments, parseDocument, Scalar, stringify, type Document, type Node } from 'yaml';
import { SealgateError } from '../../errors.ts';
import { LineIndex } from '../../position.ts';

export type ManifestFormat = 'yaml' | 'json';

/** One Kubernetes object read from a file, with what is needed to point at its lines. */
export interface ManifestObject {
  /** The object as plain data (YAML 1.2 core schema; JSON as JSON). */
  value: unknown;
  /** Its YAML node, for positions and original scalar text (undefined when the positions are unknown). */
  node: Node | undefined;
  /** The file as the user named it. */
  file: string;
  /** 1-based line where the object starts. */
  line: number;
  /** The YAML document (or JSON value) it belongs to, 0-based; `item` when it is an item of a `kind: List`. */
  index: number;
  item?: number;
}

/** A file of manifests: its format, its documents in order, and (YAML) the documents for in-place edits. */
export interface ManifestFile {
  format: ManifestFormat;
  file: string;
  objects: ManifestObject[];
  /** The parsed YAML documents, parallel to `objects` (YAML input only). */
  documents: Document[];
  lines: LineIndex;
}

/**
 * Reads YAML documents (`---`-separated) or JSON values (one, or several concatenated, as kubectl and
 * kubeseal accept). Empty documents are skipped.
 * @throws SealgateError('INPUT') naming the file and line of a syntax error (never quoting the text).
 */
export function readManifests(text: string, file: string): ManifestFile {
  const lines = new LineIndex(text);
  if (!/^\s*[{[]/.test(text)) return readYaml(text, file, lines);
  try {
    return readJson(text, file, lines);
  } catch (jsonError) {
    try {
      return readYaml(text, file, lines); // a YAML flow mapping also starts with '{'
    } catch {
      throw jsonError;
    }
  }
}

function readYaml(text: string, file: string, lines: LineIndex): ManifestFile {
  const all = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, merge: true });
  const parsed = Array.isArray(all) ? all : [];
  const objects: ManifestObject[] = [];
  const documents: Document[] = [];
  for (const [index, doc] of parsed.entries()) {
    const error = doc.errors[0];
    if (error) throw new SealgateError('INPUT', `invalid YAML (${describeYamlError(error.code)})`, file, lines.position(error.pos[0]).line);
    if (doc.contents === null) continue;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      throw new SealgateError('INPUT', 'invalid YAML (too many alias expansions)', file, lines.position(doc.range[0]).line, { cause: e });
    }
    const node = doc.contents as Node;
    objects.push({ value, node, file, line: lines.position(node.range?.[0] ?? doc.range[0]).line, index });
    documents.push(doc);
  }
  return { format: 'yaml', file, objects, documents, lines };
}

function readJson(text: string, file: string, lines: LineIndex): ManifestFile {
  const objects: ManifestObject[] = [];
  for (const [index, [start, end]] of jsonValueRanges(text, file, lines).entries()) {
    const segment = text.slice(start, end);
    let value: unknown;
    try {
      value = JSON.parse(segment);
    } catch (e) {
      // JSON.parse messages quote the input; keep only the position.
      const at = /position (\d+)/.exec((e as Error).message);
      const offset = start + (at ? Number(at[1]) : 0);
      throw new SealgateError('INPUT', 'invalid JSON', file, lines.position(offset).line);
    }
    // Positions only: the same text parsed as YAML, padded so offsets match the file's.
    const padded = text.slice(0, start).replace(/[^\n]/g, ' ') + segment;
    const doc = parseDocument(padded, { prettyErrors: false, uniqueKeys: false });
    const node = doc.errors.length === 0 && doc.contents ? (doc.contents as Node) : undefined;
    objects.push({ value, node, file, line: lines.position(start).line, index });
  }
  return { format: 'json', file, objects, documents: [], lines };
}

/** Splits concatenated JSON values by bracket depth (string-aware). */
function jsonValueRanges(text: string, file: string, lines: LineIndex): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth < 0) throw new SealgateError('INPUT', 'invalid JSON (unbalanced brackets)', file, lines.position(i).line);
      if (depth === 0) ranges.push([start, i + 1]);
    } else if (depth === 0 && !/\s/.test(c as string)) {
      throw new SealgateError('INPUT', 'invalid JSON (text between values)', file, lines.position(i).line);
    }
  }
  if (depth !== 0 || inString) throw new SealgateError('INPUT', 'invalid JSON (unexpected end of file)', file, lines.position(text.length).line);
  return ranges;
}

function describeYamlError(code: string): string {
  return code.toLowerCase().replace(/_/g, ' ');
}

/**
 * Replaces each `kind: List` (or `…List`) object by its items, keeping positions. Other objects pass through.
 */
export function expandLists(objects: readonly ManifestObject[], lines: LineIndex): ManifestObject[] {
  const out: ManifestObject[] = [];
  for (const o of objects) {
    const v = o.value;
    const isList = isRecord(v) && typeof v['kind'] === 'string' && v['kind'].endsWith('List') && Array.isArray(v['items']);
    if (!isList) {
      out.push(o);
      continue;
    }
    const itemsNode = isMap(o.node) ? o.node.get('items', true) : undefined;
    (v['items'] as unknown[]).forEach((value, item) => {
      const node = isSeq(itemsNode) ? (itemsNode.items[item] as Node | undefined) : undefined;
      const line = node?.range ? lines.position(node.range[0]).line : o.line;
      out.push({ value, node, file: o.file, line, index: o.index, item });
    });
  }
  return out;
}

/** 1-based line of the node at `path` inside `object` (the nearest existing ancestor's line otherwise). */
export function lineAt(object: ManifestObject, path: readonly (string | number)[], lines: LineIndex): number {
  let node: unknown = object.node;
  let line = object.line;
  for (const key of path) {
    if (!isMap(node) && !isSeq(node)) break;
    const next: unknown = node.get(key, true);
    if (next === undefined) break;
    node = next;
    const range = (node as Node).range;
    if (range) line = lines.position(range[0]).line;
  }
  return line;
}

/** The original text of a plain scalar at `path` (e.g. `0x1F` for a number), when the object came from YAML. */
export function scalarSource(object: ManifestObject, path: readonly (string | number)[]): string | undefined {
  if (!isMap(object.node)) return undefined;
  const n = object.node.getIn(path, true);
  return isScalar(n) && typeof n.source === 'string' ? n.source : undefined;
}

/**
 * Serializes objects as kubeseal prints them. JSON: 2-space indent in the objects' key order, Go's escaping
 * of `<`, `>`, `&`, U+2028 and U+2029, each value followed by a newline. YAML: each document after `---`,
 * keys sorted, sequences not indented, and strings that YAML 1.1 (kubectl) would misread quoted.
 */
export function serializeManifests(objects: readonly unknown[], format: ManifestFormat): string {
  if (format === 'json') return objects.map((o) => `${goJson(o)}\n`).join('');
  return objects.map((o) => `---\n${stringify(o, { version: '1.1', sortMapEntries: true, indentSeq: false, lineWidth: 0, aliasDuplicateObjects: false })}`).join('');
}

/** `JSON.stringify` with 2-space indent and Go's HTML-safe escaping. */
export function goJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Output format from a file name's extension: `.json` → json, `.yaml`/`.yml` → yaml, else undefined. */
export function formatFromPath(path: string): ManifestFormat | undefined {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return undefined;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Sets `path` to the string `value` in an object read from a file, creating maps on the way: in the plain
 * value and, for YAML, in its node too, so `serializeEdited` keeps comments and layout. A string YAML 1.1
 * would misread (`yes`, `0755`, …) is written double-quoted.
 */
export function setString(object: ManifestObject, format: ManifestFormat, path: readonly string[], value: string): void {
  let cursor = object.value as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = cursor[key];
    if (!isRecord(next)) cursor[key] = {};
    cursor = cursor[key] as Record<string, unknown>;
  }
  cursor[path[path.length - 1] as string] = value;
  if (format === 'yaml' && isMap(object.node)) {
    const scalar = new Scalar(value);
    if (misreadByYaml11(value)) scalar.type = 'QUOTE_DOUBLE';
    object.node.setIn(path, scalar);
  }
}

function misreadByYaml11(value: string): boolean {
  try {
    return parse(value, { version: '1.1' }) !== value;
  } catch {
    return true;
  }
}

/**
 * Prints a file after `setString` edits: YAML documents with their comments and layout (sequence
 * indentation as the file had it), JSON values re-indented by 2 in their key order.
 */
export function serializeEdited(file: ManifestFile): string {
  if (file.format === 'json') return file.objects.map((o) => `${goJson(o.value)}\n`).join('');
  const indentSeq = !/^( *)[^\s#][^\n]*:[ \t]*\n\1- /m.test(file.lines.text);
  return file.documents.map((d) => d.toString({ lineWidth: 0, indentSeq })).join('');
}
