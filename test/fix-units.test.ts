// The pieces of sealgate fix: byte ranges and layout of replacements, and per-finding remediation hints.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Finding } from '../src/findings/finding.ts';
import { remediationHint } from '../src/findings/remediation.ts';
import { KustomizeNamespaces } from '../src/fix/kustomize-namespace.ts';
import { docAt } from '../src/fix/plan.ts';
import { docRange, layout, paddedSlice, rangeStyle, spliceAll } from '../src/fix/splice.ts';
import { parseFile } from '../src/parse/file.ts';
import { TempRepo } from './helpers/repo.ts';

const S = suite('fix: byte ranges and layout');
const REPLACEMENT = 'kind: SealedSecret\nspec:\n  encryptedData: {a: b}\n';

function replaceDoc(path: string, text: string, line: number, replacement = REPLACEMENT): string {
  const parsed = parseFile(path, text);
  const doc = docAt(parsed, line);
  assert.ok(doc, `no manifest at line ${line}`);
  const range = docRange(parsed, doc);
  return spliceAll(text, [{ range, text: layout(text, range, rangeStyle(parsed, text, range), replacement, parsed.lines) }]);
}

S('a document between others: comments and markers around it stay', () => {
  const text = '# head\nkind: A\n---\n# about the secret\nkind: Secret\nstringData:\n  a: b   # c\n# after\n---\nkind: B\n';
  assert.is(replaceDoc('f.yaml', text, 6), '# head\nkind: A\n---\n# about the secret\nkind: SealedSecret\nspec:\n  encryptedData: {a: b}\n# after\n---\nkind: B\n');
});
S('CRLF in, CRLF out; no final newline stays without one', () => {
  const text = 'kind: Secret\r\nstringData:\r\n  a: b';
  assert.is(replaceDoc('f.yaml', text, 1), 'kind: SealedSecret\r\nspec:\r\n  encryptedData: {a: b}');
});
S('a block List item is indented to its column; a flow item stays on one line', () => {
  const text = 'apiVersion: v1\nkind: List\nitems:\n  - kind: Secret\n    stringData: {a: b}\n  - {kind: Secret, stringData: {a: b}}\n';
  const block = replaceDoc('f.yaml', text, 5);
  assert.is(block, 'apiVersion: v1\nkind: List\nitems:\n  - kind: SealedSecret\n    spec:\n      encryptedData: {a: b}\n  - {kind: Secret, stringData: {a: b}}\n');
  const flow = replaceDoc('f.yaml', text, 6, '{"kind":"SealedSecret"}\n');
  assert.is(flow, 'apiVersion: v1\nkind: List\nitems:\n  - kind: Secret\n    stringData: {a: b}\n  - {"kind":"SealedSecret"}\n');
});
S('JSON: later lines take the indentation of the line the value starts on', () => {
  const text = '{\n  "kind": "List",\n  "apiVersion": "v1",\n  "items": [\n    {\n      "kind": "Secret",\n      "stringData": {"a": "b"}\n    }\n  ]\n}\n';
  const out = replaceDoc('f.json', text, 6, '{\n  "kind": "SealedSecret"\n}\n');
  assert.is(out, '{\n  "kind": "List",\n  "apiVersion": "v1",\n  "items": [\n    {\n      "kind": "SealedSecret"\n    }\n  ]\n}\n');
});
S('a padded slice keeps the file\'s lines and columns', () => {
  const text = 'apiVersion: v1\nkind: List\nitems:\n  - kind: Secret\n    stringData: {a: b}\n';
  const parsed = parseFile('f.yaml', text);
  const doc = docAt(parsed, 4);
  assert.ok(doc);
  assert.is(paddedSlice(text, docRange(parsed, doc), parsed.lines), '\n\n\n    kind: Secret\n    stringData: {a: b}\n');
});
S.run();

const H = suite('remediation hints');
const finding = (ruleId: string, kubernetes: Finding['kubernetes'], file = 'clusters/prod/web.yaml'): Finding => ({
  ruleId,
  category: 'secret-manifest',
  severity: 'high',
  message: 'm',
  file,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  fingerprint: 'x',
  secret: 'hunt…ter2',
  ...(kubernetes ? { kubernetes } : {}),
});
H('each unfixable manifest rule gets a command naming the file, object and key; never the value', () => {
  const env = remediationHint(finding('k8s-env-literal-secret', { kind: 'Deployment', name: 'web', namespace: 'shop', key: 'env.DB_PASSWORD' }));
  assert.is(
    env,
    'Move DB_PASSWORD of Deployment shop/web into a Secret: `kubectl create secret generic web-secrets -n shop --from-literal=DB_PASSWORD="$DB_PASSWORD" --dry-run=client -o yaml | sealgate seal --cert CERT -w clusters/prod/web-secrets.sealed.yaml`; then replace its `value:` with `valueFrom: {secretKeyRef: {name: web-secrets, key: DB_PASSWORD}}` in clusters/prod/web.yaml, and rotate the value.',
  );
  const kustomize = remediationHint(finding('kustomize-secret-generator', { kind: 'Secret', name: 'app', key: 'API_KEY' }, 'apps/kustomization.yaml'));
  assert.match(kustomize ?? '', /^Replace secretGenerator app \(API_KEY\) with a sealed Secret: `kubectl create secret generic app --from-literal=API_KEY="\$API_KEY" .* -w apps\/app\.sealed\.yaml`, list it under resources: in apps\/kustomization\.yaml/);
  const fromKustomization = remediationHint(finding('kustomize-secret-generator', { kind: 'Secret', name: 'app', namespace: 'shop', key: 'conf/app.env:API_KEY' }, 'apps/kustomization.yaml'));
  assert.is(
    fromKustomization,
    'Replace secretGenerator app and its env file with a sealed Secret: `kubectl create secret generic app -n shop --from-env-file=apps/conf/app.env --dry-run=client -o yaml | sealgate seal --cert CERT -w apps/app.sealed.yaml`, list it under resources: in apps/kustomization.yaml and delete the generator and apps/conf/app.env (or encrypt apps/conf/app.env with `sealgate encrypt` and generate the Secret with KSOPS); rotate the values.',
  );
  const fromEnvFile = remediationHint(finding('kustomize-secret-generator', { kind: 'Secret', name: 'app', key: 'API_KEY' }, 'apps/.env.prod'));
  assert.match(fromEnvFile ?? '', /--from-env-file=apps\/\.env\.prod .* -w apps\/app\.sealed\.yaml`, list it under resources: in the kustomization that reads apps\/\.env\.prod and delete/);
  assert.match(remediationHint(finding('k8s-configmap-secret', { kind: 'ConfigMap', name: 'cfg', key: 'db.password' })) ?? '', /--from-literal=db\.password="\$DB_PASSWORD"/);
  assert.match(remediationHint(finding('helm-values-secret', { kind: 'values', key: 'postgresql.auth.password' }, 'charts/values.yaml')) ?? '', /sealgate encrypt charts\/values\.yaml --in-place/);
  assert.match(remediationHint(finding('kubeconfig-credential', { kind: 'Config', name: 'admin', key: 'token' }, 'kube config')) ?? '', /^Remove kube config from the repository \(`git rm --cached 'kube config'`/);
  assert.match(remediationHint(finding('k8s-secret-plaintext', { kind: 'Secret', name: 'db', namespace: 'shop', key: 'password' })) ?? '', /^Run `sealgate fix clusters\/prod\/web\.yaml`: it replaces Secret shop\/db with/);
  assert.is(remediationHint(finding('aws-access-key-id', undefined)), undefined);
  for (const id of ['k8s-env-literal-secret', 'kustomize-secret-generator', 'k8s-configmap-secret', 'helm-values-secret']) {
    assert.not.ok(remediationHint(finding(id, { kind: 'X', name: 'n', key: 'k' }))?.includes('hunt'), `${id} quotes the secret`);
  }
});
H.run();

const K = suite('fix: the namespace kustomize gives a file');
K('shared bases are walked once (a 30-level diamond has 2^30 chains), cycles end, remote bases are skipped', async () => {
  const dir = new TempRepo({ git: false });
  try {
    const files: Record<string, string> = { 'base/secret.yaml': 'kind: Secret\n', 'base/kustomization.yaml': 'resources: [secret.yaml]\n' };
    let below = 'base';
    for (let i = 0; i < 30; i++) {
      files[`l${i}a/kustomization.yaml`] = `resources: [../${below}]\n`;
      files[`l${i}b/kustomization.yaml`] = `resources: [../${below}]\n`;
      files[`l${i}/kustomization.yaml`] = `resources: [../l${i}a, ../l${i}b, https://example.com/x.yaml, github.com/o/r//p?ref=v1]\n`;
      below = `l${i}`;
    }
    files[`${below}/kustomization.yaml`] = `namespace: top\nresources: [../l${29}a, ../l${29}b, ../${below}]\n`; // includes itself too
    dir.write(files);
    const ns = new KustomizeNamespaces(dir.dir, false);
    assert.equal(await ns.of(dir.path('base/secret.yaml')), { kind: 'one', namespace: 'top', from: 'l29/kustomization.yaml' });
    assert.equal(await ns.of(dir.path('elsewhere.yaml')), { kind: 'none' });
  } finally {
    dir.remove();
  }
});
K.run();
