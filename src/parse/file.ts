import { parseAllDocuments, type Document } from 'yaml';
import { LineIndex } from '../position.ts';
import { convertDocument, MAX_DEPTH, newConvertState, type ConvertState } from './convert.ts';
import { splitJsonValues, valueToNode } from './json.ts';
import { readLines } from './lines.ts';
import { entry, entrySpan, isMapNode, isScalarNode, itemsOf, textAt } from './nodes.ts';
import { findActions, neutraliseTemplates } from './template.ts';
import type { Diagnostic, DiagnosticCode, ManifestDoc, ParsedFile, YNode } from './types.ts';

/** Annotations that hold a JSON copy of the whole object as it was last applied. */
export const LAST_APPLIED_ANNOTATIONS: readonly string[] = ['kubectl.kubernetes.io/last-applied-configuration', 'kubecfg.ksonnet.io/last-applied-configuration'];

const PARSE_EXT = /\.(ya?ml|json)$/i;
/** Extensions (and extension-less names) whose content is sniffed for manifest keys before parsing. */
const SNIFF_NAME = /(\.(tpl|tmpl|gotmpl|template|j2|jinja2?)|\.ya?ml\.[^/.]+|(^|\/)\.?[^/.]+)$/i;
const MANIFEST_KEYS = /^(?:apiVersion|kind|clusters|users|contexts|current-context|secretGenerator|configMapGenerator|stringData)[ \t]*:/m;
const JSON_MANIFEST_KEYS = /"(?:apiVersion|kind|clusters)"\s*:/;
const SNIFF_BYTES = 64 * 1024;
/** `- - - … x`: sequences nested on one line past the depth limit (the YAML library is slow to give up on them). */
const DEEP_COMPACT_SEQUENCE = '- '.repeat(MAX_DEPTH + 1);

/**
 * True when `path`/`text` may hold Kubernetes manifests and is worth parsing: `.yaml`/`.yml` files, `.json`
 * files that mention `apiVersion`/`kind`/`clusters`, and template or extension-less files (kubeconfigs,
 * `*.tpl`, `values.yaml.gotmpl`) whose first 64 KiB have a top-level manifest key. Cheap: no parsing.
 */
export function isManifestCandidate(path: string, text: string): boolean {
  const head = text.length > SNIFF_BYTES ? text.slice(0, SNIFF_BYTES) : text;
  if (/\.json$/i.test(path)) return JSON_MANIFEST_KEYS.test(head);
  if (PARSE_EXT.test(path)) return true;
  if (SNIFF_NAME.test(path)) return MANIFEST_KEYS.test(head) || (/^\s*[{[]/.test(head) && JSON_MANIFEST_KEYS.test(head));
  return false;
}

/**
 * True when a file of this name may be a manifest candidate, whatever its text: the names
 * `isManifestCandidate` parses or sniffs. False means its text is never parsed as manifests.
 */
export function mayHoldManifests(path: string): boolean {
  return PARSE_EXT.test(path) || SNIFF_NAME.test(path);
}

/**
 * Parses a file's text as Kubernetes manifests: multi-document YAML (CRLF, BOM, `...` markers, flow style,
 * anchors with an expansion budget, merge keys), one or several concatenated JSON values, `List` items,
 * and the JSON in last-applied annotations. Helm/Jinja actions are neutralised when the text does not parse
 * as it is. A document the parser rejects is read with the line-based view (`readLines`) and a diagnostic
 * says so. Files that are not manifest candidates get `format: 'text'` and no docs.
 * Never throws: any failure becomes a diagnostic.
 */
export function parseFile(path: string, text: string): ParsedFile {
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const docs: ManifestDoc[] = [];
  if (!isManifestCandidate(path, text)) return { format: 'text', docs, diagnostics, lines };
  const json = /\.json$/i.test(path) || /^\uFEFF?\s*[{[]/.test(text.slice(0, 1024));
  if (flowDepthExceeds(text, MAX_DEPTH) || text.includes(DEEP_COMPACT_SEQUENCE)) {
    // The YAML library would spend long on this before giving up: read it by lines straight away.
    diagnostics.push({ code: 'depth-limit', message: `nesting deeper than ${MAX_DEPTH} levels; the file was read line by line`, line: 1, column: 1 });
    const root = readLines(lines, 1, lines.lineCount);
    if (root) docs.push({ origin: { kind: 'lines', index: 0 }, root, documentLines: { start: 1, end: lines.lineCount } });
    return { format: json ? 'json' : 'yaml', docs, diagnostics, lines };
  }
  try {
    const raw = json ? parseJson(text, lines, diagnostics) : parseYaml(text, lines, diagnostics);
    for (const d of raw) expand(d, docs);
  } catch {
    // The YAML library should not throw, but a scan must never stop on content: read it by lines.
    docs.length = 0;
    diagnostics.push({ code: 'line-fallback', message: 'the file could not be parsed; it was read line by line', line: 1, column: 1 });
    const root = readLines(lines, 1, lines.lineCount);
    if (root) docs.push({ origin: { kind: 'lines', index: 0 }, root, documentLines: { start: 1, end: lines.lineCount } });
  }
  return { format: json ? 'json' : 'yaml', docs, diagnostics, lines };
}

const YAML_OPTIONS = { prettyErrors: false, strict: false, uniqueKeys: false, logLevel: 'silent', version: '1.2' } as const;

function parseYaml(text: string, lines: LineIndex, diagnostics: Diagnostic[]): ManifestDoc[] {
  // Parse the text as written first: valid YAML with templates in strings keeps its exact values. Only when
  // that fails and there are template actions is the text parsed again with them neutralised.
  const actions = text.includes('{{') || text.includes('{%') || text.includes('{#') ? findActions(text) : [];
  let parsed = parseAllDocuments(text, YAML_OPTIONS);
  let list = Array.isArray(parsed) ? parsed : [];
  let neutralised = false;
  if (actions.length > 0 && list.some((d) => d.errors.length > 0)) {
    const neutral = neutraliseTemplates(text, actions);
    parsed = parseAllDocuments(neutral, YAML_OPTIONS);
    list = Array.isArray(parsed) ? parsed : [];
    neutralised = true;
  }
  const state = newConvertState(lines, text, actions, neutralised, diagnostics);
  return list.flatMap((d, index) => fromDocument(d, index, state, 'yaml-syntax'));
}

function parseJson(text: string, lines: LineIndex, diagnostics: Diagnostic[]): ManifestDoc[] {
  const state = newConvertState(lines, text, [], false, diagnostics);
  const out: ManifestDoc[] = [];
  splitJsonValues(text).forEach(([start, end], index) => {
    state.base = start;
    const parsed = parseAllDocuments(text.slice(start, end), YAML_OPTIONS);
    const list = Array.isArray(parsed) ? parsed : [];
    for (const d of list) out.push(...fromDocument(d, index, state, 'json-syntax'));
  });
  state.base = 0;
  return out;
}

function fromDocument(d: Document, index: number, state: ConvertState, code: DiagnosticCode): ManifestDoc[] {
  const [s, , e] = d.range ?? [0, 0, 0];
  const start = state.lines.position(state.base + s).line;
  const end = state.lines.position(state.base + Math.max(s, e - 1)).line;
  const documentLines = { start, end };
  const err = d.errors[0];
  if (err) {
    const p = state.lines.position(state.base + err.pos[0]);
    const what = code === 'json-syntax' ? 'JSON' : 'YAML';
    state.diagnostics.push({ code, message: `${what} syntax error (${err.code}); document ${index + 1} was read line by line`, line: p.line, column: p.column });
    const root = readLines(state.lines, start, end);
    return root ? [{ origin: { kind: 'lines', index }, root, documentLines }] : [];
  }
  const root = convertDocument(d, state);
  return root ? [{ origin: { kind: 'document', index }, root, documentLines }] : [];
}

/** Adds `d`, or its items when it is a `List`/`*List`, and the last-applied copies found in each. */
function expand(d: ManifestDoc, docs: ManifestDoc[]): void {
  const kind = textAt(d.root, 'kind');
  const items = entry(d.root, 'items')?.value;
  if (kind !== undefined && kind.endsWith('List') && items?.kind === 'seq' && textAt(d.root, 'apiVersion') !== undefined) {
    itemsOf(items).forEach((item, i) => {
      if (!isMapNode(item)) return;
      const index = d.origin.index;
      const itemDoc: ManifestDoc = { origin: { kind: 'list-item', index, item: i }, root: item, documentLines: { start: item.span.line, end: item.span.endLine } };
      docs.push(itemDoc);
      addLastApplied(itemDoc, docs);
    });
    return;
  }
  docs.push(d);
  addLastApplied(d, docs);
}

/** True when `[`/`{` nest deeper than `limit` anywhere (double-quoted strings skipped). Linear, allocation-free. */
function flowDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \\ */) i++;
        else if (d === 34 || d === 10) break;
      }
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if ((c === 93 || c === 125) && depth > 0) {
      depth--;
    }
  }
  return false;
}

function addLastApplied(d: ManifestDoc, docs: ManifestDoc[]): void {
  const annotations = entry(entry(d.root, 'metadata')?.value, 'annotations')?.value;
  for (const name of LAST_APPLIED_ANNOTATIONS) {
    const annotation = entry(annotations, name);
    const value: YNode | undefined = annotation?.value;
    if (!annotation || !isScalarNode(value) || value.templated || !value.text.trimStart().startsWith('{')) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(value.text);
    } catch {
      continue; // not JSON: nothing to scan as a manifest (the annotation text is still seen by the credential rules)
    }
    docs.push({ origin: { kind: 'last-applied', index: d.origin.index, annotation: name }, root: valueToNode(obj, entrySpan(annotation)), documentLines: d.documentLines, approximate: true });
  }
}
