/**
 * `k8s-configmap-secret`: ConfigMaps are not for secrets (no encryption at rest, readable by more roles),
 * yet hold them often. Reports, per `data` / `binaryData` key (binaryData decoded): a sensitive key name
 * with a literal value; a private key or other credential content; a URL with a password; and, inside
 * embedded config files (application.properties, config.yaml, .env, JSON), `key=value` / `key: value`
 * lines whose key is sensitive, at the line inside a literal block scalar.
 */
import type { Detection, RuleMeta, Severity } from '../../findings/finding.ts';
import { objectRef } from '../../parse/manifest.ts';
import { at, entriesOf, entrySpan, textAt } from '../../parse/nodes.ts';
import type { ManifestDoc, Span, YMapEntry } from '../../parse/types.ts';
import type { Scanner } from '../scanner.ts';
import { classifyContent, decodeSecretData, urlPassword } from '../common/content.ts';
import { classifyName, nameSaysSecret } from '../common/names.ts';
import { isLiteralValue } from '../common/values.ts';
import { kubeRef, manifestDetection, mentions, objectName, originSuffix, perDocumentScanner } from './common.ts';

export const configMapRule: RuleMeta = {
  id: 'k8s-configmap-secret',
  category: 'secret-manifest',
  severity: 'medium',
  title: 'Secret in a ConfigMap',
  description: 'A ConfigMap key or an embedded config file holds a credential; ConfigMaps are stored and shown in plaintext.',
  help: 'Move the value to a Secret (sealed: `sealgate seal`) and mount or reference it; rotate the value.',
  tags: ['kubernetes', 'configmap'],
  peers: ['trivy:KSV-0109', 'polaris:sensitiveConfigmapContent', 'kubescape:C-0012'],
};

/** `key = value`, `key: value`, `"key": "value"`, `export KEY=value` inside an embedded config file. */
const CONFIG_LINE = /^\s*(?:export\s+)?["']?([A-Za-z_][\w.\-[\]]{0,120})["']?\s*[:=](.*)$/;

/** One line of an embedded file: its key, value and the 0-based line within the value. */
export interface ConfigLine {
  key: string;
  value: string;
  index: number;
}

/** `key=value` / `key: value` lines of a config text whose key says secret and whose value is a literal. */
export function sensitiveConfigLines(text: string): ConfigLine[] {
  const out: ConfigLine[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length && i < 20_000; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (line.length > 4096 || /^\s*(?:#|\/\/|;|<!--)/.test(line) || line.includes('{{')) continue;
    const m = CONFIG_LINE.exec(line);
    if (!m) continue;
    const key = m[1] as string;
    let value = m[2] as string;
    const comment = value.search(/\s#/);
    if (comment !== -1) value = value.slice(0, comment);
    value = value.trim().replace(/,$/, '').trim().replace(/^(['"])(.*)\1$/, '$2');
    if (value === '' || value === '|' || value === '>' || value === '{' || value === '[') continue;
    const keyLeaf = key.split('.').pop() ?? key;
    if (!nameSaysSecret(keyLeaf, value) || !isLiteralValue(value)) continue;
    out.push({ key, value, index: i });
  }
  return out;
}

/** The source line of line `index` of a scalar value: exact for literal block scalars, the value's line otherwise. */
function lineInValue(e: YMapEntry, index: number): Span {
  const v = e.value;
  if (v.kind === 'scalar' && v.style === 'block-literal') {
    const line = v.span.line + 1 + index;
    return { line, column: 1, endLine: line, endColumn: 1 + 1 };
  }
  return entrySpan(e);
}

function scanEntry(doc: ManifestDoc, e: YMapEntry, field: 'data' | 'binaryData'): Detection[] {
  if (e.value.kind !== 'scalar' || e.value.templated) return [];
  const ref = objectRef(doc);
  const cm = `ConfigMap ${objectName(ref.name, ref.namespace)}`;
  let text: string | undefined = e.value.text;
  let secretFallback = e.value.text;
  if (field === 'binaryData') {
    const decoded = decodeSecretData(e.value.text);
    if (!decoded.valid) return [];
    text = decoded.text;
    secretFallback = decoded.base64;
  }
  const out: Detection[] = [];
  const add = (span: Span, key: string, secret: string, message: string, severity: Severity) => {
    out.push(manifestDetection(configMapRule, doc, span, { message: `${message}${originSuffix(doc)}.`, severity, secret, kubernetes: kubeRef('ConfigMap', ref.name, ref.namespace, key) }));
  };
  const content = classifyContent(text);
  if (content.severity === 'critical') {
    add(entrySpan(e), `${field}.${e.key}`, text ?? secretFallback, `${cm} holds ${content.label} in ${field}.${e.key}`, 'critical');
    return out;
  }
  if (text === undefined) return out;
  const multiline = text.trim().includes('\n');
  if (!multiline) {
    if (!isLiteralValue(text)) return out;
    const pw = urlPassword(text);
    if (pw !== undefined) add(entrySpan(e), `${field}.${e.key}`, pw, `${cm} has a connection URL with a password in ${field}.${e.key}`, 'high');
    else if (content.kind === 'jwt' || content.kind === 'registry-credentials') add(entrySpan(e), `${field}.${e.key}`, text, `${cm} holds ${content.label} in ${field}.${e.key}`, 'high');
    else if (classifyName(e.key) === 'strong' || nameSaysSecret(e.key, text)) add(entrySpan(e), `${field}.${e.key}`, text, `${cm} has a literal value under the sensitive key ${field}.${e.key}`, 'medium');
    return out;
  }
  const reported = new Set<number>();
  for (const line of sensitiveConfigLines(text)) {
    reported.add(line.index);
    add(lineInValue(e, line.index), `${field}.${e.key}:${line.key}`, line.value, `${cm} embeds ${line.key} with a literal value in ${field}.${e.key}`, 'high');
  }
  text.split('\n').forEach((l, i) => {
    if (reported.has(i) || l.length > 4096 || l.includes('{{')) return;
    const pw = urlPassword(l);
    if (pw !== undefined) add(lineInValue(e, i), `${field}.${e.key}:url`, pw, `${cm} embeds a connection URL with a password in ${field}.${e.key}`, 'high');
  });
  return out;
}

export const configMapScanner: Scanner = perDocumentScanner('k8s-configmap', [configMapRule], mentions('ConfigMap'), (doc) => {
  if (textAt(doc.root, 'kind') !== 'ConfigMap') return [];
  return [
    ...entriesOf(at(doc.root, 'data')).flatMap((e) => scanEntry(doc, e, 'data')),
    ...entriesOf(at(doc.root, 'binaryData')).flatMap((e) => scanEntry(doc, e, 'binaryData')),
  ];
});
