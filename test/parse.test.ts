// parseFile: every manifest shape the scanners rely on, positions, and bad input that must never throw or hang.
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_ALIAS_NODES } from '../src/parse/convert.ts';
import { isManifestCandidate, parseFile } from '../src/parse/file.ts';
import { asSecret, containersOf, hasSopsMetadata, isKubeconfig, isSealedSecret, isSopsEncryptedValue, objectRef, podSpecs } from '../src/parse/manifest.ts';
import { at, entry, textAt } from '../src/parse/nodes.ts';
import { splitJsonValues } from '../src/parse/json.ts';
import { findActions, neutraliseTemplates } from '../src/parse/template.ts';
import type { ParsedFile, YNode } from '../src/parse/types.ts';

const secretYaml = (body: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n${body}`;

function countNodes(n: YNode): number {
  if (n.kind === 'scalar') return 1;
  if (n.kind === 'seq') return 1 + n.items.reduce((a, i) => a + countNodes(i), 0);
  return 1 + n.entries.reduce((a, e) => a + countNodes(e.value), 0);
}

const shapes = suite('parse: shapes');

shapes('multi-document YAML keeps each document and its lines', () => {
  const p = parseFile('a.yaml', 'kind: ConfigMap\n---\nkind: Secret\nstringData:\n  a: b\n');
  assert.is(p.format, 'yaml');
  assert.equal(p.docs.map((d) => textAt(d.root, 'kind')), ['ConfigMap', 'Secret']);
  const s = p.docs[1];
  assert.ok(s);
  assert.equal(s.documentLines.start <= 3 && s.documentLines.end >= 5, true);
  const a = entry(at(s.root, 'stringData'), 'a');
  assert.equal(a?.keySpan, { line: 5, column: 3, endLine: 5, endColumn: 4 });
  assert.equal(a?.value.span, { line: 5, column: 6, endLine: 5, endColumn: 7 });
});

shapes('JSON manifest, and several concatenated JSON values', () => {
  const one = parseFile('s.json', '{\n  "kind": "Secret",\n  "stringData": {"a": "b"}\n}\n');
  assert.is(one.format, 'json');
  assert.is(textAt(one.docs[0]?.root, 'stringData', 'a'), 'b');
  const two = parseFile('s.json', '{"kind":"ConfigMap"}\n{"kind":"Secret","stringData":{"a":"b"}}');
  assert.equal(two.docs.map((d) => textAt(d.root, 'kind')), ['ConfigMap', 'Secret']);
  assert.is(entry(at(two.docs[1]?.root, 'stringData'), 'a')?.keySpan.line, 2);
  assert.equal(two.diagnostics, []);
});

shapes('List and *List items become their own docs', () => {
  const p = parseFile('l.yaml', 'apiVersion: v1\nkind: SecretList\nitems:\n- kind: Secret\n  metadata: {name: a}\n- kind: Secret\n  metadata: {name: b}\n');
  assert.equal(p.docs.map((d) => [d.origin.kind, textAt(d.root, 'metadata', 'name')]), [['list-item', 'a'], ['list-item', 'b']]);
  assert.equal(p.docs[1]?.documentLines, { start: 6, end: 8 });
});

shapes('flow style and quoted keys', () => {
  const p = parseFile('f.yaml', '{"kind": Secret, \'stringData\': {"pass word": x}}\n');
  assert.is(textAt(p.docs[0]?.root, 'stringData', 'pass word'), 'x');
});

shapes('anchors, aliases and merge keys are resolved', () => {
  const p = parseFile('a.yaml', 'base: &b\n  user: u\n  pass: p\nobj:\n  <<: *b\n  pass: override\ncopy: *b\n');
  const root = p.docs[0]?.root;
  assert.is(textAt(root, 'obj', 'user'), 'u');
  assert.is(textAt(root, 'obj', 'pass'), 'override');
  assert.is(textAt(root, 'copy', 'pass'), 'p');
  // an alias keeps the anchor's positions: that is where the text is
  assert.is(entry(at(root, 'copy'), 'pass')?.keySpan.line, 3);
});

shapes('an alias inside its own anchor does not loop', () => {
  const p = parseFile('c.yaml', 'a: &a [1, *a]\n');
  assert.is(p.docs.length, 1);
});

shapes('CRLF line ends and a BOM do not shift lines or columns', () => {
  const p = parseFile('c.yaml', '\uFEFFkind: Secret\r\nstringData:\r\n  a: hunter2\r\n');
  const a = entry(at(p.docs[0]?.root, 'stringData'), 'a');
  assert.is(a?.value.kind === 'scalar' && a.value.text, 'hunter2');
  assert.equal(a?.value.span, { line: 3, column: 6, endLine: 3, endColumn: 13 });
});

shapes('document-end markers', () => {
  const p = parseFile('d.yaml', 'kind: A\n...\n---\nkind: B\n...\n');
  assert.equal(p.docs.map((d) => textAt(d.root, 'kind')), ['A', 'B']);
  assert.equal(p.diagnostics, []);
});

shapes('scalar text keeps what was written: numbers, yes, !!binary', () => {
  const p = parseFile('s.yaml', 'a: 0123\nb: yes\nc: !!binary aGk=\nd:\ne: |\n  x\n  y\n');
  const r = p.docs[0]?.root;
  assert.equal(['a', 'b', 'c', 'd', 'e'].map((k) => textAt(r, k)), ['0123', 'yes', 'aGk=', '', 'x\ny\n']);
  const e = at(r, 'e');
  assert.is(e?.kind === 'scalar' && e.style, 'block-literal');
});

shapes('last-applied annotations become an extra, approximate doc', () => {
  const json = JSON.stringify({ apiVersion: 'v1', kind: 'Secret', stringData: { pw: 'x' } });
  for (const name of ['kubectl.kubernetes.io/last-applied-configuration', 'kubecfg.ksonnet.io/last-applied-configuration']) {
    const p = parseFile('s.yaml', `kind: Secret\nmetadata:\n  annotations:\n    ${name}: '${json}'\n`);
    const la = p.docs.find((d) => d.origin.kind === 'last-applied');
    assert.ok(la, name);
    assert.is(la.approximate, true);
    assert.is(textAt(la.root, 'stringData', 'pw'), 'x');
    assert.is(la.root.span.line, 4);
  }
  const bad = parseFile('s.yaml', "kind: Secret\nmetadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: '{not json'\n");
  assert.is(bad.docs.length, 1);
});

shapes.run();

const helm = suite('parse: Helm templates');

helm('actions are neutralised keeping lines and columns; control lines do not break indentation', () => {
  const text = 'kind: Secret\nmetadata:\n  name: {{ include "x" . }}\n  {{- if .Values.labels }}\n  labels:\n    {{- toYaml .Values.labels | nindent 4 }}\n  {{- end }}\nstringData:\n  password: {{ .Values.password | quote }}\n  user: "admin-{{ .Release.Name }}"\n  plain: literal\n';
  const p = parseFile('templates/secret.yaml', text);
  assert.equal(p.diagnostics, []);
  const root = p.docs[0]?.root;
  const pw = at(root, 'stringData', 'password');
  assert.ok(pw?.kind === 'scalar' && pw.templated);
  assert.is(pw.kind === 'scalar' && pw.text, '{{ .Values.password | quote }}');
  assert.equal(pw.span, { line: 9, column: 13, endLine: 9, endColumn: 43 });
  const user = at(root, 'stringData', 'user');
  assert.ok(user?.kind === 'scalar' && user.templated && user.text === 'admin-{{ .Release.Name }}');
  const plain = at(root, 'stringData', 'plain');
  assert.ok(plain?.kind === 'scalar' && !plain.templated && plain.text === 'literal');
});

helm('valid YAML with templates inside strings keeps its real values', () => {
  const p = parseFile('s.yaml', 'data:\n  dsn: "postgres://{{ .user }}@db"\n  n: 1\n');
  const dsn = at(p.docs[0]?.root, 'data', 'dsn');
  assert.ok(dsn?.kind === 'scalar' && dsn.templated && dsn.text === 'postgres://{{ .user }}@db');
});

helm('neutraliseTemplates keeps the length of every line', () => {
  const text = 'a: {{ x }}\n{{- if y }}\nb: c\n{{- end }}\n';
  const n = neutraliseTemplates(text);
  assert.is(n, 'a: xxxxxxx\n           \nb: c\n          \n');
  assert.equal(findActions('a {{ b }} {% c %} {# d #}').length, 3);
  assert.is(neutraliseTemplates('no actions'), 'no actions');
  // a multi-line action that starts a line of its own is blank on every line it covers
  assert.is(neutraliseTemplates('{{- /* a\nb */ -}}\nk: v\n'), `${' '.repeat(8)}\n${' '.repeat(8)}\nk: v\n`);
  // many actions on one long line stay linear
  const long = `k: ${'{{ x }} '.repeat(50_000)}\n`;
  assert.is(neutraliseTemplates(long).length, long.length);
});

helm('a template that still does not parse is read line by line, with a diagnostic', () => {
  const text = 'kind: Secret\nstringData:\n{{ range $k, $v := .Values.secrets }}\n  {{ $k }}: {{ $v }}\n  - broken: [\n{{ end }}\n  password: still-found\n';
  const p = parseFile('t.yaml', text);
  assert.ok(p.diagnostics.some((d) => d.code === 'yaml-syntax' && /read line by line/.test(d.message)));
  const s = p.docs.find((d) => textAt(d.root, 'kind') === 'Secret');
  assert.is(s?.origin.kind, 'lines');
});

helm.run();

const bad = suite('parse: bad input never throws or hangs');

bad('truncated YAML: a diagnostic, and the line view still finds the values', () => {
  const p = parseFile('t.yaml', secretYaml('stringData:\n  password: hunter2\n  other: "unterminated\n'));
  assert.ok(p.diagnostics.length > 0);
  const s = p.docs[0];
  assert.is(s?.origin.kind, 'lines');
  assert.is(textAt(s?.root, 'stringData', 'password'), 'hunter2');
  assert.is(entry(at(s?.root, 'stringData'), 'password')?.keySpan.line, 6);
});

bad('binary-ish garbage with a .yaml name', () => {
  let text = '';
  for (let i = 0; i < 50_000; i++) text += String.fromCharCode((i * 7919) % 254 + 1);
  const p = parseFile('g.yaml', text);
  assert.ok(Array.isArray(p.docs));
});

bad('a 1 MB single line', () => {
  const p = parseFile('l.yaml', `password: ${'x'.repeat(1_000_000)}\n`);
  assert.is(textAt(p.docs[0]?.root, 'password')?.length, 1_000_000);
  const q = parseFile('l.yaml', `a${' '.repeat(1_000_000)}b\n`);
  assert.ok(q.docs.length <= 1);
});

bad('an alias bomb: alias-limit, bounded tree, quickly', () => {
  let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  const names = 'bcdefghijk';
  for (let i = 0; i < names.length; i++) {
    const prev = i === 0 ? 'a' : names[i - 1];
    text += `${names[i]}: &${names[i]} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
  }
  const p = parseFile('bomb.yaml', text);
  assert.ok(p.diagnostics.some((d) => d.code === 'alias-limit'));
  const root = p.docs[0]?.root;
  assert.ok(root);
  assert.ok(countNodes(root) < MAX_ALIAS_NODES * 2, 'tree stays bounded');
});

bad('10,000-deep nesting: depth-limit, no stack overflow', () => {
  for (const text of ['['.repeat(10_000) + ']'.repeat(10_000), '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000), `${'- '.repeat(10_000)}x\n`]) {
    const p = parseFile('deep.yaml', text);
    assert.ok(p.diagnostics.some((d) => d.code === 'depth-limit'), text.slice(0, 10));
  }
  let block = '';
  for (let i = 0; i < 300; i++) block += `${' '.repeat(i)}k${i}:\n`;
  const p = parseFile('deep.yaml', block);
  assert.ok(p.diagnostics.some((d) => d.code === 'depth-limit'));
});

bad('arbitrary text never throws and every span is inside the text', () => {
  const inText = (p: ParsedFile, text: string) => {
    const lineCount = text.split('\n').length;
    const check = (n: YNode, depth: number): void => {
      if (depth > 300) return;
      for (const s of [n.span]) {
        assert.ok(s.line >= 1 && s.endLine <= lineCount && s.line <= s.endLine, `span ${JSON.stringify(s)} in ${lineCount} lines`);
      }
      if (n.kind === 'map') for (const e of n.entries) check(e.value, depth + 1);
      if (n.kind === 'seq') for (const i of n.items) check(i, depth + 1);
    };
    for (const d of p.docs) check(d.root, 0);
    for (const d of p.diagnostics) assert.ok(d.line >= 1 && d.line <= lineCount);
  };
  const yamlish = fc.array(fc.oneof(fc.constantFrom('kind: Secret', 'stringData:', '  a: b', '- x', '---', '...', '{{ if }}', '  &a x', '*a', '"q', "'", '|', '  k: |', '{', '[', ']', '}', ':', '# c', '\t', '\r'), fc.string()), { maxLength: 30 }).map((l) => l.join('\n'));
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 300 }), yamlish), fc.constantFrom('a.yaml', 'a.json', 'config', 'x.tpl'), (text, path) => {
      const p = parseFile(path, text);
      inText(p, text);
    }),
    { numRuns: 400 },
  );
});

bad('properties: neutralising keeps every line start; JSON splitting gives ordered ranges inside the text', () => {
  const templ = fc.array(fc.oneof(fc.constantFrom('{{', '}}', '{{- if x }}', '{%', '%}', '{#', '#}', '\n', '\r\n', ' ', 'a: ', '- '), fc.string({ maxLength: 5 })), { maxLength: 40 }).map((p) => p.join(''));
  fc.assert(
    fc.property(templ, (text) => {
      const out = neutraliseTemplates(text);
      assert.is(out.length, text.length);
      for (let i = 0; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') assert.is(out[i], text[i]);
    }),
    { numRuns: 300 },
  );
  const jsonish = fc.array(fc.oneof(fc.json(), fc.constantFrom('{', '}', '[', ']', '"', '\\', ' ', '\n')), { maxLength: 6 }).map((p) => p.join(''));
  fc.assert(
    fc.property(jsonish, (text) => {
      let last = 0;
      for (const [s, e] of splitJsonValues(text)) {
        assert.ok(s >= last && s <= e && e <= text.length);
        last = e;
      }
    }),
    { numRuns: 300 },
  );
});

bad.run();

const views = suite('parse: manifest views and candidates');

views('asSecret reads type, data, stringData, labels; other kinds are not Secrets', () => {
  const p = parseFile('s.yaml', secretYaml('  namespace: ns\n  labels: {a: b}\ntype: kubernetes.io/tls\ndata:\n  tls.key: eA==\nstringData:\n  x: "{{ .y }}"\n'));
  const s = p.docs[0] && asSecret(p.docs[0]);
  assert.ok(s);
  assert.equal([s.name, s.namespace, s.type, s.labels], ['s', 'ns', 'kubernetes.io/tls', { a: 'b' }]);
  assert.equal(s.data.map((e) => [e.key, e.value, e.span.line]), [['tls.key', 'eA==', 9]]);
  assert.equal(s.stringData.map((e) => [e.key, e.templated]), [['x', true]]);
  const cm = parseFile('c.yaml', 'apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n').docs[0];
  assert.is(cm && asSecret(cm), undefined);
  const opaque = parseFile('o.yaml', 'kind: Secret\n').docs[0];
  assert.is(opaque && asSecret(opaque)?.type, 'Opaque');
});

views('isSealedSecret, SOPS metadata and ENC values', () => {
  const ss = parseFile('s.yaml', 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\n').docs[0];
  assert.ok(ss && isSealedSecret(ss));
  const sops = parseFile('s.yaml', 'kind: Secret\nsops:\n  mac: x\n  lastmodified: y\n').docs[0];
  assert.ok(sops && hasSopsMetadata(sops));
  const notSops = parseFile('s.yaml', 'kind: Secret\nsops: {}\n').docs[0];
  assert.not.ok(notSops && hasSopsMetadata(notSops));
  assert.ok(isSopsEncryptedValue('ENC[AES256_GCM,data:abc=,iv:def=,tag:ghi=,type:str]'));
  assert.not.ok(isSopsEncryptedValue('ENC[nope]'));
});

views('podSpecs finds pods in every template owner, containersOf lists all three groups', () => {
  const cron = parseFile('c.yaml', 'kind: CronJob\nmetadata: {name: c}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          initContainers: [{name: i}]\n          containers: [{name: a}]\n          ephemeralContainers: [{name: e}]\n').docs[0];
  assert.ok(cron);
  const pods = podSpecs(cron);
  assert.equal(pods.map((p) => p.path.join('.')), ['spec.jobTemplate.spec.template.spec']);
  assert.equal(containersOf(pods[0]!.spec).map((c) => `${c.group}:${c.name}`), ['containers:a', 'initContainers:i', 'ephemeralContainers:e']);
  const pod = parseFile('p.yaml', 'kind: Pod\nspec:\n  containers: [{name: a}]\n').docs[0];
  assert.equal(pod && podSpecs(pod).map((p) => p.path.join('.')), ['spec']);
  assert.equal(objectRef(cron), { kind: 'CronJob', name: 'c' });
});

views('isKubeconfig by kind or by shape', () => {
  const byKind = parseFile('config', 'apiVersion: v1\nkind: Config\nusers: []\n').docs[0];
  const byShape = parseFile('config', 'clusters: []\nusers: []\n').docs[0];
  const other = parseFile('x.yaml', 'apiVersion: example.io/v1\nkind: Config\nusers: []\nclusters: []\n').docs[0];
  assert.ok(byKind && isKubeconfig(byKind));
  assert.ok(byShape && isKubeconfig(byShape));
  assert.not.ok(other && isKubeconfig(other));
});

views('which files are parsed', () => {
  assert.ok(isManifestCandidate('a/b.yaml', 'x: 1'));
  assert.ok(isManifestCandidate('a/b.YML', ''));
  assert.ok(isManifestCandidate('k.json', '{"kind": "Secret"}'));
  assert.not.ok(isManifestCandidate('package-lock.json', '{"name": "x", "lockfileVersion": 3}'));
  assert.ok(isManifestCandidate('home/.kube/config', 'apiVersion: v1\nclusters: []\n'));
  assert.ok(isManifestCandidate('chart/templates/secret.tpl', 'apiVersion: v1\nkind: Secret\n'));
  assert.ok(isManifestCandidate('values.yaml.gotmpl', 'kind: x\n'));
  assert.not.ok(isManifestCandidate('chart/templates/_helpers.tpl', '{{- define "x" -}}\n{{- end }}\n'));
  assert.not.ok(isManifestCandidate('docs/secret.md', 'apiVersion: v1\nkind: Secret\n'));
  assert.not.ok(isManifestCandidate('src/main.go', 'kind: Secret\n'));
  assert.is(parseFile('README.md', 'kind: Secret\n').format, 'text');
});

views.run();
