// The kubeseal sealer as a library: the upstream vectors, every key form, scopes, round trips, an independent
// decryptor (node-forge), certificates, the structural check and kubeseal's manifest shape.
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { SealgateError } from '../src/errors.ts';
import { checkSealedSecret, decodeBase64Std, encryptionLabel, sealedValueLayout, type SealedSecretScope } from '../src/parse/sealed-secret.ts';
import { inspect, mergeInto, reseal, seal, sealRaw, unseal } from '../src/sealers/kubeseal/api.ts';
import { loadSealingKey, publicKeySha256 } from '../src/sealers/kubeseal/cert.ts';
import { hybridDecrypt, hybridEncrypt } from '../src/sealers/kubeseal/hybrid.ts';
import { generateSealingKey, keySecretManifest } from '../src/sealers/kubeseal/keygen.ts';
import { loadUnsealingKeys } from '../src/sealers/kubeseal/keys.ts';
import { renderTemplate } from '../src/sealers/kubeseal/template.ts';

const dir = new URL('./fixtures/sealed-secrets/', import.meta.url).pathname;
const fixture = (p: string) => readFileSync(join(dir, p), 'utf8');
const CERT = fixture('keys/controller-cert.pem');
const OLD_CERT = fixture('keys/old-controller-cert.pem');
const keysOf = (p: string) => loadUnsealingKeys(fixture(p), p);
const KEY = keysOf('keys/controller-key.pem');
const OLD_KEY = keysOf('keys/old-controller-key.pem');

/** The thrown SealgateError of `fn` (fails the test when it does not throw one). */
function errorOf(fn: () => unknown): SealgateError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SealgateError) return e;
    throw e;
  }
  throw new Error('expected a SealgateError');
}

const secretYaml = (meta: string, body = 'stringData:\n  password: s3cr3t-value\n  user: admin\n') =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n${meta}${body}`;
const docs = (yaml: string) => parseAllDocuments(yaml).map((d) => d.toJS());

// --- vectors -------------------------------------------------------------------------------------------

const V = suite('upstream vectors');
const vectors: Array<[string, string[]]> = [
  ['strict', ['keys/controller-key.pem']],
  ['namespace-wide', ['keys/controller-key.pem']],
  ['cluster-wide', ['keys/controller-key.pem']],
  ['old-key-binary', ['keys/old-controller-key.pem']],
];
for (const [name, keyFiles] of vectors) {
  V(`${name} unseals to the controller's Secret`, () => {
    const r = unseal(fixture(`sealed/${name}.yaml`), { keys: keyFiles.flatMap(keysOf), file: name });
    assert.equal(docs(r.output), docs(fixture(`expected/${name}.yaml`)));
  });
}
V('the binary value survives byte for byte (64 × 0xFF)', () => {
  const r = unseal(fixture('sealed/old-key-binary.yaml'), { keys: OLD_KEY });
  const blob = Buffer.from(parse(r.output).data.blob, 'base64');
  assert.equal(blob, Buffer.alloc(64, 0xff));
});
V('every key is tried: both keys together open every vector, in either order', () => {
  for (const keys of [[...KEY, ...OLD_KEY], [...OLD_KEY, ...KEY]]) {
    for (const [name] of vectors) assert.equal(docs(unseal(fixture(`sealed/${name}.yaml`), { keys }).output), docs(fixture(`expected/${name}.yaml`)));
  }
});
V('the wrong key fails with one line naming the data keys and the key file, never values', () => {
  const e = errorOf(() => unseal(fixture('sealed/strict.yaml'), { keys: OLD_KEY, file: 'strict.yaml' }));
  assert.is(e.code, 'CRYPTO');
  assert.is(
    e.toLine(),
    'strict.yaml:1: no key could decrypt SealedSecret myshop/myshop-db (DATABASE_PASSWORD, DATABASE_USER); tried keys/old-controller-key.pem: wrong key, or its name, namespace or strict scope changed since it was sealed',
  );
  assert.not.match(e.message, /postgres|BEGIN/);
});
V('JSON output follows the Secret field order', () => {
  const r = unseal(fixture('sealed/strict.yaml'), { keys: KEY, format: 'json' });
  assert.equal(Object.keys(JSON.parse(r.output)), ['kind', 'apiVersion', 'metadata', 'data', 'type']);
  assert.ok(r.output.endsWith('}\n'));
});

// --- key forms -----------------------------------------------------------------------------------------

const K = suite('private key forms');
const pkcs1 = fixture('keys/controller-key.pem');
const keyObject = createPrivateKey(pkcs1);
const pkcs8 = keyObject.export({ type: 'pkcs8', format: 'pem' }).toString();
const tlsSecret = fixture('keys/controller-key-secret.yaml');
const oldTlsSecret = stringify(keySecretManifest({ keyPem: fixture('keys/old-controller-key.pem'), certPem: OLD_CERT }, { name: 'old' }));
const both = [...KEY, ...OLD_KEY].map((k) => k.sha256).sort();

K('PEM PKCS#1 and PKCS#8 give the same key', () => {
  assert.is(loadUnsealingKeys(pkcs1, 'a')[0]?.sha256, loadUnsealingKeys(pkcs8, 'b')[0]?.sha256);
  assert.is(KEY[0]?.sha256, loadSealingKey(CERT, 'cert').sha256);
});
K('a kubernetes.io/tls Secret, a List of them, and multi-doc Secrets', () => {
  assert.equal(loadUnsealingKeys(tlsSecret, 's').map((k) => k.sha256), [KEY[0]?.sha256]);
  const list = stringify({ apiVersion: 'v1', kind: 'List', items: [parse(tlsSecret), parse(oldTlsSecret)] });
  assert.equal(loadUnsealingKeys(list, 'l').map((k) => k.sha256).sort(), both);
  const json = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [parse(tlsSecret), parse(oldTlsSecret)] });
  assert.equal(loadUnsealingKeys(json, 'j').map((k) => k.sha256).sort(), both);
  assert.equal(loadUnsealingKeys(`${tlsSecret}---\n${oldTlsSecret}`, 'm').map((k) => k.sha256).sort(), both);
});
K('several PEM blocks in one file, duplicates dropped', () => {
  const keys = loadUnsealingKeys(`${pkcs1}\n${fixture('keys/old-controller-key.pem')}\n${pkcs8}`, 'k');
  assert.equal(keys.map((k) => k.sha256).sort(), both);
});
K('bad key files are one clear error that never quotes the key', () => {
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }).toString();
  const encrypted = keyObject.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }).toString();
  const cases: Array<[string, RegExp]> = [
    [ec, /unexpected private key type EC/],
    [encrypted, /password-protected/],
    ['-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n', /RSA PRIVATE KEY block is not a valid private key/],
    ['apiVersion: v1\nkind: Secret\nmetadata: {name: k}\ndata: {tls.crt: eA==}\n', /Secret "k" has no data\["tls.key"\]/],
    ['apiVersion: v1\nkind: ConfigMap\n', /found kind ConfigMap/],
    ['', /no private key found/],
  ];
  for (const [text, re] of cases) {
    const e = errorOf(() => loadUnsealingKeys(text, 'keyfile'));
    assert.match(e.toLine(), re);
    assert.match(e.toLine(), /^keyfile/);
    assert.not.match(e.toLine(), /MII|BEGIN/);
  }
});

// --- scopes and round trips ----------------------------------------------------------------------------

const S = suite('scopes and round trips');
const plainSecret = secretYaml('  name: db\n  namespace: shop\n');
/** The sealed output with its top-level (and template) name/namespace changed: what `kubectl apply` elsewhere would do. */
function moved(sealedYaml: string, to: { name?: string; namespace?: string }): string {
  const o = parse(sealedYaml);
  Object.assign(o.metadata, to);
  Object.assign(o.spec.template.metadata, to);
  return stringify(o);
}
const opens = (sealedYaml: string) => {
  try {
    unseal(sealedYaml, { keys: KEY });
    return true;
  } catch (e) {
    if (e instanceof SealgateError && e.code === 'CRYPTO') return false;
    throw e;
  }
};
const expectations: Array<[SealedSecretScope, boolean, boolean]> = [
  // scope, survives a rename, survives a namespace move
  ['strict', false, false],
  ['namespace-wide', true, false],
  ['cluster-wide', true, true],
];
for (const [scope, rename, move] of expectations) {
  S(`${scope}: round trip; rename ${rename ? 'opens' : 'fails'}; namespace move ${move ? 'opens' : 'fails'}`, () => {
    const sealed = seal(plainSecret, { cert: CERT, scope }).output;
    const secret = parse(unseal(sealed, { keys: KEY }).output);
    assert.is(Buffer.from(secret.data.password, 'base64').toString(), 's3cr3t-value');
    assert.is(Buffer.from(secret.data.user, 'base64').toString(), 'admin');
    assert.is(opens(moved(sealed, { name: 'other' })), rename);
    assert.is(opens(moved(sealed, { namespace: 'elsewhere' })), move);
    assert.is(opens(moved(sealed, { name: 'other', namespace: 'elsewhere' })), move);
  });
}
S('changing the scope annotation after sealing breaks decryption (the label is derived from it)', () => {
  const sealed = parse(seal(plainSecret, { cert: CERT, scope: 'namespace-wide' }).output);
  delete sealed.metadata.annotations['sealedsecrets.bitnami.com/namespace-wide'];
  assert.is(opens(stringify(sealed)), false);
});
S('the scope comes from the input annotations when --scope is not given; --scope overrides them', () => {
  const annotated = secretYaml('  name: db\n  namespace: shop\n  annotations:\n    sealedsecrets.bitnami.com/cluster-wide: "true"\n');
  assert.is(parse(seal(annotated, { cert: CERT }).output).metadata.annotations['sealedsecrets.bitnami.com/cluster-wide'], 'true');
  const strict = parse(seal(annotated, { cert: CERT, scope: 'strict' }).output);
  assert.equal(Object.keys(strict.metadata.annotations), ['sealgate.io/cert-sha256']);
  assert.is(strict.spec.template.metadata.annotations, undefined);
});
S('values of every size and byte survive, empty ones too', () => {
  const bytes = [Buffer.alloc(0), Buffer.from([0]), Buffer.alloc(1000, 0xab), Buffer.from(Array.from({ length: 256 }, (_, i) => i))];
  const data = Object.fromEntries(bytes.map((b, i) => [`k${i}`, b.toString('base64')]));
  const sealed = seal(stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'b', namespace: 'n' }, data }), { cert: CERT }).output;
  const out = parse(unseal(sealed, { keys: KEY }).output).data;
  bytes.forEach((b, i) => assert.equal(Buffer.from(out[`k${i}`] ?? '', 'base64'), b));
});
S('stringData wins over data on the same key; unquoted YAML scalars are sealed as written', () => {
  const text = secretYaml('  name: db\n  namespace: shop\n', `data:\n  a: ${Buffer.from('from-data').toString('base64')}\nstringData:\n  a: from-stringData\n  port: 0x1F\n  on: yes\n`);
  const out = parse(unseal(seal(text, { cert: CERT }).output, { keys: KEY }).output).data;
  const text2 = (k: string) => Buffer.from(out[k], 'base64').toString();
  assert.is(text2('a'), 'from-stringData');
  assert.is(text2('port'), '0x1F');
  assert.is(text2('on'), 'yes');
});
S('raw values open inside a SealedSecret with the same identity, and only there', () => {
  for (const [scope, name, namespace] of [['strict', 'db', 'shop'], ['namespace-wide', undefined, 'shop'], ['cluster-wide', undefined, undefined]] as const) {
    const value = sealRaw(Buffer.from('raw-value'), { cert: CERT, scope, ...(name ? { name } : {}), ...(namespace ? { namespace } : {}) }).output;
    assert.not.match(value, /\n/);
    const label = encryptionLabel(scope, namespace ?? '', name ?? '');
    const opened = hybridDecrypt([KEY[0]!.privateKey], Buffer.from(value, 'base64'), label);
    assert.ok(opened.ok && opened.plaintext.toString() === 'raw-value', scope);
    const wrong = hybridDecrypt([KEY[0]!.privateKey], Buffer.from(value, 'base64'), encryptionLabel(scope, 'x', 'y'));
    assert.is(wrong.ok, scope === 'cluster-wide');
  }
});
S('--raw errors are kubeseal\'s', () => {
  assert.is(errorOf(() => sealRaw(Buffer.from('x'), { cert: CERT, name: 'n' })).message, 'must provide the --namespace flag with --raw and --scope strict|namespace-wide');
  assert.is(errorOf(() => sealRaw(Buffer.from('x'), { cert: CERT, namespace: 'n' })).message, 'must provide the --name flag with --raw and --scope strict');
  assert.is(errorOf(() => sealRaw(Buffer.from('x'), { cert: CERT, scope: 'namespace-wide' })).message, 'must provide the --namespace flag with --raw and --scope strict|namespace-wide');
});

// --- an independent decryptor --------------------------------------------------------------------------

const I = suite('independent decryptor (node-forge)');
/** RSA-OAEP and AES-GCM from node-forge's pure-JS code, reading the layout by hand. */
function forgeOpen(privatePem: string, b64: string, label: string): Buffer {
  const bytes = Buffer.from(b64, 'base64');
  const k = bytes.readUInt16BE(0);
  const key = forge.pki.privateKeyFromPem(privatePem);
  const sessionKey = key.decrypt(bytes.subarray(2, 2 + k).toString('binary'), 'RSA-OAEP', {
    md: forge.md.sha256.create(),
    mgf1: { md: forge.md.sha256.create() },
    label,
  });
  const decipher = forge.cipher.createDecipher('AES-GCM', sessionKey);
  const body = bytes.subarray(2 + k, bytes.length - 16);
  decipher.start({ iv: '\0'.repeat(12), tag: forge.util.createBuffer(bytes.subarray(bytes.length - 16).toString('binary')) });
  decipher.update(forge.util.createBuffer(body.toString('binary')));
  assert.ok(decipher.finish(), 'GCM tag verifies');
  return Buffer.from(decipher.output.getBytes(), 'binary');
}
I('sealgate output opens with node-forge for every scope', () => {
  // RSA-2048: forge's pure-JS RSA-4096 private operation takes a second (WebCrypto covers 4096 below).
  for (const scope of ['strict', 'namespace-wide', 'cluster-wide'] as const) {
    const o = parse(seal(plainSecret, { cert: OLD_CERT, scope }).output);
    const label = scope === 'strict' ? 'shop/db' : scope === 'namespace-wide' ? 'shop' : '';
    assert.is(forgeOpen(fixture('keys/old-controller-key.pem'), o.spec.encryptedData.password, label).toString(), 's3cr3t-value');
  }
});
I('sealgate output opens with WebCrypto (RSA-4096, every scope)', async () => {
  const { subtle } = globalThis.crypto;
  const der = createPrivateKey(pkcs1).export({ type: 'pkcs8', format: 'der' });
  const rsa = await subtle.importKey('pkcs8', der, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['decrypt']);
  for (const [scope, label] of [['strict', 'shop/db'], ['namespace-wide', 'shop'], ['cluster-wide', '']] as const) {
    const bytes = Buffer.from(parse(seal(plainSecret, { cert: CERT, scope }).output).spec.encryptedData.password, 'base64');
    const k = bytes.readUInt16BE(0);
    const sessionKey = await subtle.decrypt({ name: 'RSA-OAEP', label: Buffer.from(label) }, rsa, bytes.subarray(2, 2 + k));
    const aes = await subtle.importKey('raw', sessionKey, 'AES-GCM', false, ['decrypt']);
    const plain = await subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, aes, bytes.subarray(2 + k));
    assert.is(Buffer.from(plain).toString(), 's3cr3t-value', scope);
  }
});
I('the layout: u16 length, k-byte RSA block, ciphertext as long as the plaintext, 16-byte tag', () => {
  const sealed = hybridEncrypt(createPublicKey(CERT), Buffer.from('12345'), Buffer.from('ns/name'));
  assert.is(sealed.readUInt16BE(0), 512);
  assert.is(sealed.length, 2 + 512 + 5 + 16);
  assert.is(sealed.toString('base64').slice(0, 2), 'Ag');
  assert.equal(sealedValueLayout(sealed), { ok: true, rsaBytes: 512, plaintextBytes: 5 });
});
I('a tampered ciphertext is reported as altered, a truncated one as malformed', () => {
  const sealed = hybridEncrypt(createPublicKey(CERT), Buffer.from('value'), Buffer.alloc(0));
  const flipped = Buffer.from(sealed);
  flipped[flipped.length - 1] = (flipped[flipped.length - 1] as number) ^ 1;
  assert.equal(hybridDecrypt([KEY[0]!.privateKey], flipped, Buffer.alloc(0)), { ok: false, reason: 'corrupted', detail: 'the AES-GCM tag does not match (the value was altered)' });
  assert.is(hybridDecrypt([KEY[0]!.privateKey], sealed.subarray(0, 100), Buffer.alloc(0)).ok, false);
});

// --- manifest shape ------------------------------------------------------------------------------------

const M = suite('SealedSecret manifest as kubeseal builds it');
const full = `apiVersion: v1
kind: Secret
metadata:
  name: app
  namespace: prod
  uid: 0b9e
  resourceVersion: "42"
  generation: 3
  selfLink: /api/v1/x
  creationTimestamp: "2026-01-01T00:00:00Z"
  labels: {team: pay, enabled: "on"}
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: '{"data":{"password":"c2VjcmV0"}}' # sealgate:allow (fake)
    kubecfg.ksonnet.io/last-applied-configuration: x
    owner: team-pay
  ownerReferences: [{apiVersion: v1, kind: ConfigMap, name: x, uid: y}]
  managedFields: [{manager: kubectl}]
  finalizers: [keep/me]
type: kubernetes.io/basic-auth
immutable: true
data:
  password: c2VjcmV0
`;
M('template metadata copied minus read-only fields, last-applied, ownerReferences and managedFields', () => {
  const cert = loadSealingKey(CERT, 'cert');
  const o = parse(seal(full, { cert }).output);
  assert.equal(o.metadata, { annotations: { 'sealgate.io/cert-sha256': cert.sha256 }, creationTimestamp: null, name: 'app', namespace: 'prod' });
  assert.equal(o.spec.template, {
    metadata: { annotations: { owner: 'team-pay' }, creationTimestamp: null, finalizers: ['keep/me'], labels: { enabled: 'on', team: 'pay' }, name: 'app', namespace: 'prod' },
    type: 'kubernetes.io/basic-auth',
    immutable: true,
  });
  assert.equal(Object.keys(o.spec.encryptedData), ['password']);
});
M('YAML: --- per document, keys sorted, sequences not indented, YAML 1.1 words quoted', () => {
  const out = seal(full, { cert: CERT }).output;
  assert.ok(out.startsWith('---\napiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  annotations:\n'));
  assert.match(out, /\n {6}finalizers:\n {6}- keep\/me\n/);
  assert.match(out, /enabled: "on"/);
  const vector = parse(fixture('sealed/namespace-wide.yaml'));
  const ours = parse(seal(secretYaml('  name: api-token\n  namespace: myshop\n', 'type: Opaque\nstringData: {token: x}\n'), { cert: CERT, scope: 'namespace-wide' }).output);
  delete ours.metadata.annotations['sealgate.io/cert-sha256'];
  ours.spec.encryptedData.token = vector.spec.encryptedData.token;
  assert.equal(ours, vector);
});
M('JSON: kubeseal field order, Go escaping of <>&, one value per Secret', () => {
  const two = `${secretYaml('  name: a\n  namespace: n\n  annotations: {html: "<b>&"}\n')}---\n${secretYaml('  name: b\n  namespace: n\n')}`;
  const r = seal(two, { cert: CERT, format: 'json' });
  assert.is(r.count, 2);
  const values = r.output.split(/\n(?=\{)/).map((s) => JSON.parse(s));
  assert.is(values.length, 2);
  assert.equal(Object.keys(values[0]), ['kind', 'apiVersion', 'metadata', 'spec']);
  assert.equal(Object.keys(values[0].metadata), ['name', 'namespace', 'creationTimestamp', 'annotations']);
  assert.equal(Object.keys(values[0].spec), ['template', 'encryptedData']);
  assert.match(r.output, /"html": "\\u003cb\\u003e\\u0026"/);
});
M('the default format is the input\'s: JSON in, JSON out; concatenated JSON and Lists are read', () => {
  const json = JSON.stringify(parse(plainSecret));
  assert.ok(seal(json, { cert: CERT }).output.startsWith('{\n  "kind": "SealedSecret"'));
  assert.is(seal(`${json}\n${json}`, { cert: CERT }).count, 2);
  const list = seal(stringify({ apiVersion: 'v1', kind: 'List', items: [parse(plainSecret), parse(plainSecret)] }), { cert: CERT });
  const o = parse(list.output);
  assert.is(o.kind, 'List');
  assert.is(o.items.length, 2);
  assert.is(o.items[1].kind, 'SealedSecret');
});
M('input errors name the file and line and never the value', () => {
  const cases: Array<[string, string, object?]> = [
    ['apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n', 'in.yaml:2: not a Secret (kind: ConfigMap): only Secrets can be sealed'],
    [secretYaml('  namespace: shop\n'), 'in.yaml:1: missing metadata.name in input Secret: add one or pass --name'],
    [secretYaml('  name: db\n'), 'in.yaml:1: Secret "db" has no metadata.namespace: add one or pass --namespace (strict scope seals it for one namespace)'],
    [secretYaml('  name: db\n  namespace: a\n'), 'in.yaml:1: namespace mismatch: input secret is in namespace "a" but "b" was specified', { namespace: 'b' }],
    [secretYaml('  name: db\n  namespace: a\n', 'type: Opaque\n'), 'in.yaml:1: Secret "db" has no data or stringData: nothing to seal (pass --allow-empty-data to seal it anyway)'],
    [secretYaml('  name: db\n  namespace: a\n', 'data:\n  password: not_base64!\n'), 'in.yaml:7: data.password is not valid base64 (put plain text under stringData instead)'],
    [secretYaml('  name: db\n  namespace: a\n  labels: {v: 2}\n'), 'in.yaml:6: metadata.labels.v must be a string (quote it)'],
    ['a: [\n', 'in.yaml:2: invalid YAML (bad indent)'],
    ['{"kind": "Secret", "data": {"password": "s3cr3t"', 'in.yaml:1: invalid JSON (unexpected end of file)'],
    ['', 'in.yaml: no secrets found. Ensure the input is valid and UTF-8 encoded'],
    [fixture('sealed/strict.yaml'), 'in.yaml:2: this is already a SealedSecret: to add keys use --merge-into, to re-encrypt use sealgate reseal'],
  ];
  for (const [text, line, opts] of cases) {
    const e = errorOf(() => seal(text, { cert: CERT, file: 'in.yaml', ...opts }));
    assert.is(e.toLine(), line);
    assert.not.match(e.toLine(), /s3cr3t|not_base64/);
  }
});
M('a cluster-wide Secret needs no namespace; --allow-empty-data seals an empty one', () => {
  const o = parse(seal(secretYaml('  name: db\n'), { cert: CERT, scope: 'cluster-wide' }).output);
  assert.is(o.metadata.namespace, undefined);
  const empty = parse(seal(secretYaml('  name: db\n  namespace: a\n', ''), { cert: CERT, allowEmptyData: true }).output);
  assert.equal(empty.spec.encryptedData, {});
});

// --- merge-into and reseal -----------------------------------------------------------------------------

const G = suite('merge-into and reseal');
G('merge-into uses the target\'s scope, name and namespace, creates missing maps, keeps comments', () => {
  const target = `# team pay's token — do not edit by hand
${fixture('sealed/namespace-wide.yaml')}`;
  const update = secretYaml('  name: whatever\n  labels: {tier: "yes"}\n', 'stringData:\n  extra: added-value\n');
  const r = mergeInto(target, update, { cert: CERT, targetFile: 'ns.yaml' });
  assert.ok(r.output.startsWith("# team pay's token"));
  const o = parse(r.output);
  assert.is(o.spec.encryptedData.token, parse(target).spec.encryptedData.token);
  assert.equal(o.spec.template.metadata.labels, { tier: 'yes' });
  assert.match(r.output, /tier: "yes"/);
  const secret = parse(unseal(r.output, { keys: KEY }).output);
  assert.is(Buffer.from(secret.data.extra, 'base64').toString(), 'added-value');
  assert.is(Buffer.from(secret.data.token, 'base64').toString(), 'tok_4f9a8b7c6d5e');
  assert.is(secret.metadata.namespace, 'myshop');
});
G('merge-into refuses flags that contradict the target, and a target that is not one SealedSecret', () => {
  const target = fixture('sealed/strict.yaml');
  const update = secretYaml('', 'stringData: {a: b}\n');
  assert.is(errorOf(() => mergeInto(target, update, { cert: CERT, scope: 'cluster-wide', targetFile: 't.yaml' })).message, "--scope cluster-wide contradicts the scope of t.yaml (strict); merged values always use the target's");
  assert.match(errorOf(() => mergeInto(target, update, { cert: CERT, namespace: 'x' })).message, /--namespace x contradicts/);
  assert.is(errorOf(() => mergeInto(plainSecret, update, { cert: CERT, targetFile: 't.yaml' })).toLine(), 't.yaml: --merge-into needs a file holding exactly one SealedSecret');
});
G('merge-into warns when the target was sealed for another certificate', () => {
  const first = seal(plainSecret, { cert: OLD_CERT }).output;
  const r = mergeInto(first, secretYaml('', 'stringData: {b: c}\n'), { cert: CERT, targetFile: 't.yaml' });
  assert.match(r.warnings.join('\n'), /t\.yaml: its other values were sealed for another certificate .*sealgate reseal/);
});
G('merge-into keeps a JSON target JSON', () => {
  const target = seal(JSON.stringify(parse(plainSecret)), { cert: CERT }).output;
  const r = mergeInto(target, secretYaml('', 'stringData: {b: c}\n'), { cert: CERT });
  assert.is(r.format, 'json');
  assert.equal(Object.keys(JSON.parse(r.output).spec.encryptedData), ['password', 'user', 'b']);
});
G('reseal moves every value to the new key, keeps the rest of the file, updates the fingerprint', () => {
  const input = `# comment kept\n${fixture('sealed/strict.yaml')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: untouched}\n`;
  const newCert = loadSealingKey(OLD_CERT, 'new');
  const r = reseal(input, { keys: KEY, cert: newCert });
  assert.is(r.count, 1);
  assert.ok(r.output.startsWith('# comment kept\n'));
  assert.match(r.output, /name: untouched/);
  const [sealedDoc] = r.output.split('---\napiVersion: v1\nkind: ConfigMap');
  assert.is(parse(sealedDoc as string).metadata.annotations['sealgate.io/cert-sha256'], newCert.sha256);
  assert.equal(docs(unseal(sealedDoc as string, { keys: OLD_KEY }).output), docs(fixture('expected/strict.yaml')));
  assert.throws(() => unseal(sealedDoc as string, { keys: KEY }), /no key could decrypt/);
});
G('reseal with the wrong old key fails before producing anything', () => {
  const e = errorOf(() => reseal(fixture('sealed/strict.yaml'), { keys: OLD_KEY, cert: CERT, file: 's.yaml' }));
  assert.match(e.toLine(), /^s\.yaml:1: no key could decrypt SealedSecret myshop\/myshop-db/);
});

// --- certificates and keygen ---------------------------------------------------------------------------

const C = suite('certificates and keygen');
C('a certificate: RSA-4096, fingerprint of the SPKI; a bare PUBLIC KEY works too', () => {
  const cert = loadSealingKey(CERT, 'c.pem');
  assert.is(cert.bits, 4096);
  assert.is(cert.sha256, publicKeySha256(createPublicKey(pkcs1)));
  const spki = createPublicKey(CERT).export({ type: 'spki', format: 'pem' }).toString();
  assert.is(loadSealingKey(spki, 'k.pem').sha256, cert.sha256);
  assert.is(loadSealingKey(spki, 'k.pem').notAfter, undefined);
});
C('expired: an error saying when; expiring within 30 days: a warning', () => {
  const notAfter = loadSealingKey(CERT, 'c').notAfter as Date;
  const expired = errorOf(() => loadSealingKey(CERT, 'c.pem', new Date(notAfter.getTime() + 1000)));
  assert.is(expired.toLine(), "c.pem: certificate expired on November 26, 2036 (2036-11-26T01:04:50.000Z): fetch the controller's current certificate (kubeseal --fetch-cert) and pass it with --cert");
  const soon = loadSealingKey(CERT, 'c.pem', new Date(notAfter.getTime() - 10 * 86_400_000 - 1000));
  assert.equal(soon.warnings, ['c.pem: certificate expires on November 26, 2036 (in 10 days): renew the controller key or fetch its new certificate soon']);
  assert.equal(loadSealingKey(CERT, 'c.pem', new Date(notAfter.getTime() - 31 * 86_400_000)).warnings, []);
});
C('not a certificate, a private key, a non-RSA key: one clear line each', () => {
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const cases: Array<[string, string]> = [
    ['hello', 'x.pem: no PEM CERTIFICATE or PUBLIC KEY block found (expected the controller certificate, e.g. from kubeseal --fetch-cert)'],
    [pkcs1, 'x.pem: this is a private key, not a certificate: pass the controller certificate (e.g. the --cert-out of sealgate keygen)'],
    [ec, 'x.pem: expected an RSA public key but found ec (sealed-secrets uses RSA only)'],
    ['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n', 'x.pem: the CERTIFICATE block is not a valid X.509 certificate'],
  ];
  for (const [text, line] of cases) assert.is(errorOf(() => loadSealingKey(text, 'x.pem')).toLine(), line);
});
C('keygen: the controller profile, and the pair works end to end', async () => {
  const k = await generateSealingKey({ bits: 2048, days: 30 });
  const cert = new (await import('node:crypto')).X509Certificate(k.certPem);
  assert.ok(!cert.subject, 'empty subject');
  assert.ok(cert.verify(cert.publicKey));
  const ext = forge.pki.certificateFromPem(k.certPem);
  assert.equal(
    ext.extensions.map((e: { name: string; critical?: boolean }) => [e.name, Boolean(e.critical)]),
    [['keyUsage', true], ['basicConstraints', true], ['subjectKeyIdentifier', false]],
  );
  assert.ok((ext.getExtension('keyUsage') as { encipherOnly?: boolean }).encipherOnly);
  assert.ok((ext.getExtension('basicConstraints') as { cA?: boolean }).cA);
  assert.is(Math.round((k.notAfter.getTime() - Date.now()) / 86_400_000), 30);
  const loaded = loadSealingKey(k.certPem, 'new.pem');
  assert.is(loaded.sha256, k.sha256);
  assert.match(loaded.warnings[0] ?? '', /expires on/);
  const sealed = seal(plainSecret, { cert: loaded }).output;
  const fromSecret = loadUnsealingKeys(stringify(keySecretManifest(k)), 'secret.yaml');
  assert.is(Buffer.from(parse(unseal(sealed, { keys: fromSecret }).output).data.user, 'base64').toString(), 'admin');
  assert.match(k.keyPem, /^-----BEGIN RSA PRIVATE KEY-----\n/);
});
C('keygen refuses weak or absurd sizes', async () => {
  for (const bits of [1024, 2047, 20000]) {
    try {
      await generateSealingKey({ bits });
      assert.unreachable();
    } catch (e) {
      assert.match((e as Error).message, /--bits must be a multiple of 8 from 2048 to 16384/);
    }
  }
});

// --- structural check and inspect ----------------------------------------------------------------------

const T = suite('structural check');
const good = () => parse(fixture('sealed/namespace-wide.yaml'));
T('the vectors and sealgate output have no problems', () => {
  for (const [name] of vectors) assert.equal(checkSealedSecret(parse(fixture(`sealed/${name}.yaml`))), [], name);
  assert.equal(checkSealedSecret(parse(seal(full, { cert: CERT }).output)), []);
});
T('each problem, with its path', () => {
  const mutate = (f: (o: ReturnType<typeof good>) => void) => {
    const o = good();
    f(o);
    return checkSealedSecret(o).map((p) => `${p.path.join('.')}: ${p.message}`);
  };
  assert.equal(mutate((o) => (o.spec.encryptedData.token = 'AgB_not-std')), ['spec.encryptedData.token: spec.encryptedData.token is not valid standard base64 (padded, no URL-safe characters)']);
  assert.equal(mutate((o) => (o.spec.encryptedData.token = Buffer.from('hello world').toString('base64'))), [
    'spec.encryptedData.token: spec.encryptedData.token starts with a length prefix of 26725 bytes, which is no RSA key size (not a sealed value?)',
  ]);
  assert.equal(mutate((o) => (o.spec.encryptedData.token = o.spec.encryptedData.token.slice(0, 400))), [
    'spec.encryptedData.token: spec.encryptedData.token is 300 bytes, shorter than its RSA-4096 block and tag need (truncated?)',
  ]);
  assert.equal(mutate((o) => delete o.spec.template.metadata.annotations), [
    'spec.template.metadata: scope annotations disagree: metadata says namespace-wide, spec.template.metadata says strict (the controller decrypts with metadata\'s; keep both the same)',
  ]);
  assert.equal(mutate((o) => (o.metadata.annotations['sealedsecrets.bitnami.com/namespace-wide'] = 'True')), [
    'metadata.annotations.sealedsecrets.bitnami.com/namespace-wide: sealedsecrets.bitnami.com/namespace-wide is "True": only the string "true" counts, so the controller ignores it',
    'spec.template.metadata.annotations: scope annotations disagree: metadata says strict, spec.template.metadata says namespace-wide (the controller decrypts with metadata\'s; keep both the same)',
  ]);
  assert.equal(mutate((o) => delete o.metadata.namespace), ['metadata: metadata.namespace is missing: namespace-wide values are sealed for one namespace, so the SealedSecret must name it']);
  assert.equal(mutate((o) => delete o.spec.encryptedData), ['spec: spec.encryptedData is missing (the CRD requires it, even if empty)']);
  assert.equal(mutate((o) => (o.apiVersion = 'bitnami.com/v1')), ['apiVersion: apiVersion must be bitnami.com/v1alpha1 (the only version the controller serves)']);
});
T('templated values are not checked', () => {
  const o = good();
  o.spec.encryptedData.token = '{{ .Values.sealed.token }}';
  o.metadata.namespace = '{{ .Release.Namespace }}';
  assert.equal(checkSealedSecret(o), []);
});
T('Go base64: padding required, newlines ignored, URL-safe rejected', () => {
  assert.equal(decodeBase64Std('aGk='), Buffer.from('hi'));
  assert.equal(decodeBase64Std('aG\nk='), Buffer.from('hi'));
  assert.is(decodeBase64Std('aGk'), undefined);
  assert.is(decodeBase64Std('a-_='), undefined);
});
T('inspect locates problems and summarises each SealedSecret; --cert checks size and fingerprint', () => {
  const broken = fixture('sealed/strict.yaml').replace(/DATABASE_USER: \S+/, 'DATABASE_USER: AgA=');
  const r = inspect(broken, { file: 's.yaml' });
  assert.equal(r.problems, [{ file: 's.yaml', line: 10, message: 'spec.encryptedData.DATABASE_USER is 2 bytes, shorter than its RSA-4096 block and tag need (truncated?)' }]);
  assert.equal(r.sealedSecrets[0], { name: 'myshop-db', namespace: 'myshop', scope: 'strict', line: 1, keys: ['DATABASE_PASSWORD', 'DATABASE_USER'], rsaBits: [4096], certSha256: undefined });
  const withCert = inspect(fixture('sealed/strict.yaml'), { file: 's.yaml', cert: OLD_CERT });
  assert.equal(withCert.problems.map((p) => p.message), [
    'spec.encryptedData.DATABASE_PASSWORD was sealed with an RSA-4096 key, not this RSA-2048 certificate',
    'spec.encryptedData.DATABASE_USER was sealed with an RSA-4096 key, not this RSA-2048 certificate',
  ]);
  const ours = seal(plainSecret, { cert: CERT }).output;
  assert.match(inspect(ours, { cert: loadSealingKey(OLD_CERT, 'o') }).problems.map((p) => p.message).join('\n'), /sealed for another certificate/);
});

// --- templates -----------------------------------------------------------------------------------------

const R = suite('template data');
R('the simple Go template forms render; anything else is refused', () => {
  const values = new Map([['password', 'pw'], ['api-key', 'k']]);
  assert.is(renderTemplate('postgres://u:{{ .password }}@db', values), 'postgres://u:pw@db');
  assert.is(renderTemplate('{{ index . "api-key" }}', values), 'k');
  assert.is(renderTemplate('a  {{- .password -}}  b', values), 'apwb');
  assert.is(renderTemplate('{{ .missing }}', values), '<no value>');
  assert.is(renderTemplate('{{ .password | upper }}', values), undefined);
  assert.is(renderTemplate('{{ if .password }}x{{ end }}', values), undefined);
});
R('unseal renders template data and warns about what it cannot render', () => {
  const o = parse(fixture('sealed/strict.yaml'));
  o.spec.template.data = { dsn: 'postgres://{{ .DATABASE_USER }}:{{ index . "DATABASE_PASSWORD" }}@db', fancy: '{{ .DATABASE_USER | b64enc }}' };
  const r = unseal(stringify(o), { keys: KEY, file: 't.yaml' });
  const data = parse(r.output).data;
  assert.is(Buffer.from(data.dsn, 'base64').toString(), 'postgres://myshop:postgres@prod@db');
  assert.is(data.fancy, undefined);
  assert.match(r.warnings[0] ?? '', /^t\.yaml:\d+: spec\.template\.data\.fancy uses template functions sealgate cannot render/);
});
R('the deprecated v1 spec.data is refused with kubeseal\'s reasoning', () => {
  const o = parse(fixture('sealed/strict.yaml'));
  o.spec.data = 'AgB=';
  assert.match(errorOf(() => unseal(stringify(o), { keys: KEY })).message, /cannot use the field 'encryptedData' and the deprecated field 'data' at the same time/);
});

V.run();
K.run();
S.run();
I.run();
M.run();
G.run();
C.run();
T.run();
R.run();
