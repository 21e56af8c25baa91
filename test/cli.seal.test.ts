// The sealing commands end to end through run(): seal, unseal, keygen, reseal, inspect — files, stdin, flags,
// the certificate sources (file, URL, env, kubectl) and every error as one line without secrets.
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse, parseAllDocuments } from 'yaml';
import { generateSealingKey } from '../src/sealers/kubeseal/keygen.ts';
import { hybridDecrypt } from '../src/sealers/kubeseal/hybrid.ts';
import { loadUnsealingKeys } from '../src/sealers/kubeseal/keys.ts';
import { encryptionLabel } from '../src/parse/sealed-secret.ts';
import { cli } from './helpers/cli.ts';

const fixtures = new URL('./fixtures/sealed-secrets/', import.meta.url).pathname;
const CERT = join(fixtures, 'keys/controller-cert.pem');
const KEY = join(fixtures, 'keys/controller-key.pem');
const OLD_KEY = join(fixtures, 'keys/old-controller-key.pem');
const OLD_CERT = join(fixtures, 'keys/old-controller-cert.pem');
const SECRET_VALUE = 'hunter2-do-not-print';
const SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: shop
stringData:
  password: ${SECRET_VALUE}
`;

let tmp = '';
const file = (name: string, text: string) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};
const read = (name: string) => readFileSync(join(tmp, name), 'utf8');

/** exit 2, nothing on stdout, exactly one `sealgate: …` line on stderr, never the secret. */
function assertOneLineError(r: { exitCode: number; stdout: string; stderr: string }, pattern: RegExp): void {
  assert.is(r.exitCode, 2, r.stderr);
  assert.is(r.stdout, '');
  assert.is(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
  assert.match(r.stderr, /^sealgate: /);
  assert.match(r.stderr, pattern);
  assert.not.match(r.stderr, new RegExp(SECRET_VALUE));
  assert.not.match(r.stderr, /BEGIN|MII/);
}

const unsealed = async (sealedText: string, key = KEY) => {
  const r = await cli(['unseal', '--key', key, '-'], { stdin: sealedText });
  assert.is(r.exitCode, 0, r.stderr);
  return parse(r.stdout);
};

const S = suite('sealgate seal');
S.before.each(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sealgate-seal-'));
});
S.after.each(() => rmSync(tmp, { recursive: true, force: true }));

S('help for every command lists its exit codes', async () => {
  for (const cmd of ['seal', 'unseal', 'keygen', 'reseal', 'inspect']) {
    const r = await cli(['help', cmd]);
    assert.is(r.exitCode, 0);
    assert.match(r.stdout, new RegExp(`^Usage: sealgate ${cmd}`));
    assert.match(r.stdout, /Exit codes:\n\s+0 /);
  }
  assert.match((await cli(['--help'])).stdout, /seal \[FILE\].*\n.*unseal/);
});
S('a file in, a SealedSecret out that the controller key opens', async () => {
  const r = await cli(['seal', file('s.yaml', SECRET), '--cert', CERT]);
  assert.is(r.exitCode, 0, r.stderr);
  assert.is(r.stderr, '');
  assert.not.match(r.stdout, new RegExp(SECRET_VALUE));
  const o = parse(r.stdout);
  assert.is(o.kind, 'SealedSecret');
  assert.match(o.metadata.annotations['sealgate.io/cert-sha256'], /^[0-9a-f]{64}$/);
  assert.is(Buffer.from((await unsealed(r.stdout)).data.password, 'base64').toString(), SECRET_VALUE);
});
S('stdin, -f, --format json, and -w with the format from its extension (atomic, no stdout)', async () => {
  const fromStdin = await cli(['seal', '--cert', CERT, '-o', 'JSON'], { stdin: SECRET });
  assert.ok(fromStdin.stdout.startsWith('{\n  "kind": "SealedSecret"'));
  const viaF = await cli(['seal', '-f', file('s.yaml', SECRET), '--cert', CERT, '-w', join(tmp, 'out.json')]);
  assert.is(viaF.stdout, '');
  assert.is(JSON.parse(read('out.json')).kind, 'SealedSecret');
  await cli(['seal', file('s.json', JSON.stringify(parse(SECRET))), '--cert', CERT, '-w', join(tmp, 'out.yaml')]);
  assert.ok(read('out.yaml').startsWith('---\napiVersion: bitnami.com/v1alpha1\n'));
});
S('--scope, --name and --namespace shape the SealedSecret', async () => {
  const noNs = SECRET.replace('  namespace: shop\n', '');
  const r = await cli(['seal', '--cert', CERT, '--scope', 'namespace-wide', '--namespace', 'shop', '--name', 'renamed'], { stdin: noNs });
  const o = parse(r.stdout);
  assert.equal([o.metadata.name, o.metadata.namespace, o.metadata.annotations['sealedsecrets.bitnami.com/namespace-wide']], ['renamed', 'shop', 'true']);
  assert.is((await unsealed(r.stdout)).metadata.name, 'renamed');
});
S('usage and input errors: exit 2, one line, file and line, no secret', async () => {
  const input = file('in.yaml', SECRET);
  const cases: Array<[string[], string, RegExp]> = [
    [['seal', file('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n'), '--cert', CERT], '', /cm\.yaml:2: not a Secret \(kind: ConfigMap\): only Secrets can be sealed$/m],
    [['seal', file('noname.yaml', SECRET.replace('  name: db\n', '')), '--cert', CERT], '', /noname\.yaml:1: missing metadata\.name in input Secret: add one or pass --name/],
    [['seal', file('nons.yaml', SECRET.replace('  namespace: shop\n', '')), '--cert', CERT], '', /nons\.yaml:1: Secret "db" has no metadata\.namespace: add one or pass --namespace/],
    [['seal', input, '--cert', CERT, '-n', 'other'], '', /in\.yaml:1: namespace mismatch: input secret is in namespace "shop" but "other" was specified/],
    [['seal', input, '--cert', CERT, '--scope', 'global'], '', /--scope: must be one of: strict, namespace-wide, cluster-wide \(got 'global'\)/],
    [['seal', input, '--cert', CERT, '--format', 'xml'], '', /unsupported output format: xml/],
    [['seal', input, '--cert', CERT, '--from-file', input], '', /--from-file requires --raw/],
    [['seal', '--raw', '--cert', CERT, '--from-file', input, '--from-file', input], '', /must provide only one --from-file when encrypting a single item with --raw/],
    [['seal', '--raw', '--cert', CERT, '--name', 'db'], SECRET_VALUE, /must provide the --namespace flag with --raw and --scope strict\|namespace-wide/],
    [['seal', '--raw', '--cert', CERT, '--namespace', 'shop'], SECRET_VALUE, /must provide the --name flag with --raw and --scope strict/],
    [['seal', join(tmp, 'missing.yaml'), '--cert', CERT], '', /missing\.yaml: cannot read: no such file/],
    [['seal', input, '--cert', join(tmp, 'nope.pem')], '', /nope\.pem: cannot read certificate: no such file/],
    [['seal', input, '--cert', KEY], '', /this is a private key, not a certificate/],
    [['seal', input, '--cert', 'ftp://example.invalid/cert.pem'], '', /unsupported URL scheme "ftp:"/],
    [['seal', input, '--cert', CERT, '--bogus'], '', /Unknown option '--bogus'.*sealgate seal --help/],
    [['seal', input, 'second.yaml', '--cert', CERT], '', /seal takes one input/],
  ];
  for (const [argv, stdin, pattern] of cases) assertOneLineError(await cli(argv, { stdin }), pattern);
});
S('an expired certificate is refused with its date; one that expires soon is a warning on stderr', async () => {
  const old = await generateSealingKey({ bits: 2048, days: 10, now: new Date(Date.now() - 20 * 86_400_000) });
  const expired = await cli(['seal', '--cert', file('old.pem', old.certPem)], { stdin: SECRET });
  assertOneLineError(expired, /old\.pem: certificate expired on \w+ \d+, \d{4} \(\d{4}-\d\d-\d\dT/);
  const soon = await generateSealingKey({ bits: 2048, days: 5 });
  const r = await cli(['seal', '--cert', file('soon.pem', soon.certPem)], { stdin: SECRET });
  assert.is(r.exitCode, 0);
  assert.match(r.stderr, /^sealgate: warning: .*soon\.pem: certificate expires on .* \(in 4 days\)/);
});
S('--raw: bare base64 without a newline, from a file (binary-safe) or stdin', async () => {
  const bytes = Buffer.from([0, 255, 10, 13, 128]);
  writeFileSync(join(tmp, 'v.bin'), bytes);
  const r = await cli(['seal', '--raw', '--from-file', `password=${join(tmp, 'v.bin')}`, '--name', 'db', '--namespace', 'shop', '--cert', CERT]);
  assert.is(r.exitCode, 0, r.stderr);
  assert.match(r.stdout, /^Ag[A-Za-z0-9+/]+=*$/);
  const [key] = loadUnsealingKeys(readFileSync(KEY, 'utf8'), 'k');
  const opened = hybridDecrypt([key!.privateKey], Buffer.from(r.stdout, 'base64'), encryptionLabel('strict', 'shop', 'db'));
  assert.ok(opened.ok && opened.plaintext.equals(bytes));
  const cw = await cli(['seal', '--raw', '--scope', 'cluster-wide', '--cert', CERT], { stdin: 'text' });
  const o2 = hybridDecrypt([key!.privateKey], Buffer.from(cw.stdout, 'base64'), new Uint8Array());
  assert.ok(o2.ok && o2.plaintext.toString() === 'text');
});
S('--merge-into rewrites the target in place, in its own format, with its scope', async () => {
  const target = file('sealed.yaml', readFileSync(join(fixtures, 'sealed/namespace-wide.yaml'), 'utf8'));
  const r = await cli(['seal', '--merge-into', target, '--cert', CERT], { stdin: SECRET.replace('namespace: shop', 'namespace: ignored') });
  assert.is(r.exitCode, 0, r.stderr);
  assert.is(r.stdout, '');
  const merged = read('sealed.yaml');
  assert.ok(merged.startsWith('apiVersion: bitnami.com/v1alpha1\n'));
  const secret = await unsealed(merged);
  assert.equal(Object.keys(secret.data).sort(), ['password', 'token']);
  assert.is(secret.metadata.namespace, 'myshop');
  assertOneLineError(await cli(['seal', '--merge-into', target, '--cert', CERT, '--scope', 'strict'], { stdin: SECRET }), /--scope strict contradicts the scope of .*sealed\.yaml \(namespace-wide\)/);
});
S('--verify checks a SealedSecret instead of sealing: exit 0 clean, 1 with problems', async () => {
  const ok = await cli(['seal', '--verify', join(fixtures, 'sealed/strict.yaml')]);
  assert.is(ok.exitCode, 0, ok.stderr);
  assert.match(ok.stdout, /no problems found\n$/);
  const bad = readFileSync(join(fixtures, 'sealed/strict.yaml'), 'utf8').replace(/DATABASE_USER: \S+/, 'DATABASE_USER: bm90IHNlYWxlZA==');
  const r = await cli(['seal', '--verify', '-'], { stdin: bad });
  assert.is(r.exitCode, 1);
  assert.match(r.stdout, /^-:10: spec\.encryptedData\.DATABASE_USER starts with a length prefix of 28271 bytes, which is no RSA key size/m);
});

const C = suite('certificate sources');
C.before.each(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sealgate-cert-'));
});
C.after.each(() => rmSync(tmp, { recursive: true, force: true }));

C('SEALED_SECRETS_CERT names the certificate when --cert is absent', async () => {
  const r = await cli(['seal'], { stdin: SECRET, env: { SEALED_SECRETS_CERT: CERT } });
  assert.is(r.exitCode, 0, r.stderr);
  assert.is(parse(r.stdout).kind, 'SealedSecret');
});
C('--cert URL: fetched over http; a 404 is one line naming the URL without its credentials', async () => {
  const pem = readFileSync(CERT, 'utf8');
  const auth: Array<string | undefined> = [];
  const server: Server = createServer((req, res) => {
    auth.push(req.headers.authorization);
    if (req.url === '/v1/cert.pem') res.end(pem);
    else {
      res.statusCode = 404;
      res.end('nope');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  try {
    const r = await cli(['seal', '--cert', `http://127.0.0.1:${port}/v1/cert.pem`], { stdin: SECRET });
    assert.is(r.exitCode, 0, r.stderr);
    assertOneLineError(await cli(['seal', '--cert', `http://user:pw@127.0.0.1:${port}/missing.pem`], { stdin: SECRET }), /cannot fetch "http:\/\/127\.0\.0\.1:\d+\/missing\.pem": 404 Not Found$/m);
    assert.equal(auth, [undefined, `Basic ${Buffer.from('user:pw').toString('base64')}`]);
  } finally {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
  // A port nothing listens on (a fresh one: the pool may still hold a socket to the closed server's).
  const probe = createServer();
  await new Promise<void>((ok) => probe.listen(0, '127.0.0.1', ok));
  const closedPort = (probe.address() as AddressInfo).port;
  await new Promise((done) => probe.close(done));
  assertOneLineError(await cli(['seal', '--cert', `http://127.0.0.1:${closedPort}/v1/cert.pem`], { stdin: SECRET }), /cannot fetch ".*": ECONNREFUSED/);
});
C('without --cert: kubectl missing is one actionable line', async () => {
  const r = await cli(['seal'], { stdin: SECRET, env: { PATH: tmp } });
  assertOneLineError(r, /kubectl not found on PATH: pass --cert FILE\|URL/);
});
C('without --cert: no cluster is one line with kubectl\'s reason', async () => {
  const kubectl = join(tmp, 'kubectl');
  writeFileSync(kubectl, '#!/bin/sh\necho "The connection to the server localhost:8080 was refused - did you specify the right host or port?" >&2\nexit 1\n');
  chmodSync(kubectl, 0o755);
  const r = await cli(['seal', '--controller-name', 'sealed-secrets'], { stdin: SECRET, env: { PATH: tmp } });
  assertOneLineError(r, /cannot get the sealed-secrets service kube-system\/sealed-secrets through kubectl \(The connection to the server localhost:8080 was refused.*\): pass --cert/);
});
C('without --cert: the kubectl calls kubeseal makes, with the controller flags and env', async () => {
  const log = join(tmp, 'argv.log');
  const kubectl = join(tmp, 'kubectl');
  writeFileSync(kubectl, `#!/bin/sh\necho "$*" >> '${log}'\ncase "$*" in\n  *jsonpath*) printf http ;;\n  *--raw*) exec /bin/cat '${CERT}' ;;\nesac\n`);
  chmodSync(kubectl, 0o755);
  const r = await cli(['seal', '--controller-namespace', 'sealing', '--context', 'prod'], {
    stdin: SECRET,
    env: { PATH: tmp, SEALED_SECRETS_CONTROLLER_NAME: 'sealed-secrets' },
  });
  assert.is(r.exitCode, 0, r.stderr);
  assert.equal(readFileSync(log, 'utf8').trim().split('\n'), [
    '--context prod get service sealed-secrets --namespace sealing -o jsonpath={.spec.ports[0].name}',
    '--context prod get --raw /api/v1/namespaces/sealing/services/http:sealed-secrets:http/proxy/v1/cert.pem',
  ]);
  assert.is(parse(r.stdout).kind, 'SealedSecret');
});

const U = suite('sealgate unseal, keygen, reseal, inspect');
U.before.each(() => {
  tmp = mkdtempSync(join(tmpdir(), 'sealgate-unseal-'));
});
U.after.each(() => rmSync(tmp, { recursive: true, force: true }));

U('unseal tries every --key; -w writes mode 0600', async () => {
  const r = await cli(['unseal', join(fixtures, 'sealed/old-key-binary.yaml'), '--key', KEY, '--key', OLD_KEY, '-w', join(tmp, 'plain.yaml')]);
  assert.is(r.exitCode, 0, r.stderr);
  assert.is(statSync(join(tmp, 'plain.yaml')).mode & 0o777, 0o600);
  assert.equal(parseAllDocuments(read('plain.yaml')).map((d) => d.toJS()), parseAllDocuments(readFileSync(join(fixtures, 'expected/old-key-binary.yaml'), 'utf8')).map((d) => d.toJS()));
});
U('unseal errors name the key files tried, never key material', async () => {
  const sealed = join(fixtures, 'sealed/strict.yaml');
  assertOneLineError(await cli(['unseal', sealed, '--key', OLD_KEY]), /strict\.yaml:1: no key could decrypt SealedSecret myshop\/myshop-db \(DATABASE_PASSWORD, DATABASE_USER\); tried .*old-controller-key\.pem: wrong key/);
  assertOneLineError(await cli(['unseal', sealed]), /no private key given: pass --key FILE \(repeatable\)/);
  assertOneLineError(await cli(['unseal', sealed, '--key', CERT]), /controller-cert\.pem: no private key found|expected a PEM private key/);
  assertOneLineError(await cli(['unseal', '--key', KEY], { stdin: SECRET }), /-:2: expected a SealedSecret \(apiVersion bitnami\.com\/v1alpha1\), found Secret/);
});
U('keygen → seal → unseal with the --secret-out backup; keys are 0600 and never overwritten', async () => {
  const k = join(tmp, 'key.pem');
  const c = join(tmp, 'cert.pem');
  const s = join(tmp, 'key-secret.yaml');
  const r = await cli(['keygen', '--key-out', k, '--cert-out', c, '--bits', '2048', '--days', '90', '--secret-out', s, '--namespace', 'sealing']);
  assert.is(r.exitCode, 0, r.stderr);
  assert.match(r.stdout, /certificate sha256 [0-9a-f]{64}, valid until /);
  assert.is(statSync(k).mode & 0o777, 0o600);
  assert.is(statSync(s).mode & 0o777, 0o600);
  const backup = parse(readFileSync(s, 'utf8'));
  assert.equal([backup.type, backup.metadata.namespace, backup.metadata.labels['sealedsecrets.bitnami.com/sealed-secrets-key']], ['kubernetes.io/tls', 'sealing', 'active']);
  const sealed = await cli(['seal', '--cert', c], { stdin: SECRET });
  assert.is(Buffer.from((await unsealed(sealed.stdout, s)).data.password, 'base64').toString(), SECRET_VALUE);
  const before = readFileSync(k, 'utf8');
  assertOneLineError(await cli(['keygen', '--key-out', k, '--cert-out', join(tmp, 'c2.pem')]), /--key-out .*key\.pem already exists: remove it or choose another path/);
  assert.is(readFileSync(k, 'utf8'), before);
  assertOneLineError(await cli(['keygen', '--key-out', join(tmp, 'a')]), /keygen needs --key-out KEY and --cert-out CERT/);
  assertOneLineError(await cli(['keygen', '--key-out', join(tmp, 'a'), '--cert-out', join(tmp, 'b'), '--bits', '1024']), /--bits must be a multiple of 8 from 2048 to 16384 \(got 1024\)/);
  assertOneLineError(await cli(['keygen', '--key-out', join(tmp, 'a'), '--cert-out', join(tmp, 'b'), '--days', 'ten']), /--days must be a whole number \(got 'ten'\)/);
});
U('reseal --in-place moves a file to the new key; the old key no longer opens it', async () => {
  const f = file('sealed.yaml', readFileSync(join(fixtures, 'sealed/cluster-wide.yaml'), 'utf8'));
  const r = await cli(['reseal', f, '--key', KEY, '--cert', OLD_CERT, '--in-place']);
  assert.is(r.exitCode, 0, r.stderr);
  assert.is(r.stdout, '');
  const after = read('sealed.yaml');
  assert.is((await unsealed(after, OLD_KEY)).metadata.name, 'registry');
  assertOneLineError(await cli(['unseal', '--key', KEY], { stdin: after }), /no key could decrypt SealedSecret registry/);
  assertOneLineError(await cli(['reseal', f, '--key', KEY, '--cert', CERT]), /no key could decrypt/);
  assertOneLineError(await cli(['reseal', '--key', KEY, '--cert', CERT]), /reseal takes one FILE/);
});
U('the remaining error paths: one line each, exit 2', async () => {
  const strict = readFileSync(join(fixtures, 'sealed/strict.yaml'), 'utf8');
  const noNs = file('nons.yaml', strict.replace('  namespace: myshop\n', ''));
  const noName = file('noname.yaml', strict.replace('  name: myshop-db\n', ''));
  const badValue = file('badvalue.yaml', strict.replace(/DATABASE_USER: \S+/, 'DATABASE_USER: not_base64!'));
  const badKeySecret = file('badkey.yaml', 'apiVersion: v1\nkind: Secret\nmetadata: {name: k}\ndata:\n  tls.key: "%%%"\n');
  const cases: Array<[string[], RegExp, string?]> = [
    [['unseal', noNs, '--key', KEY], /nons\.yaml:\d+: SealedSecret "myshop-db" has no metadata\.namespace; its strict values were sealed for one: add it to the file/],
    [['unseal', noName, '--key', KEY], /noname\.yaml:\d+: the SealedSecret has no metadata\.name/],
    [['unseal', badValue, '--key', KEY], /badvalue\.yaml:10: spec\.encryptedData\.DATABASE_USER is not valid base64/],
    [['unseal', join(fixtures, 'sealed/strict.yaml'), '--key', badKeySecret], /badkey\.yaml:5: Secret "k": data\["tls\.key"\] is not valid base64/],
    [['seal', '--raw', '--merge-into', noNs, '--cert', CERT], /--raw and --merge-into cannot be combined/],
    [['keygen', '--key-out', join(tmp, 'a'), '--cert-out', join(tmp, 'b'), '-n', 'x'], /--namespace only applies with --secret-out/],
    [['keygen', '--key-out', join(tmp, 'a'), '--cert-out', join(tmp, 'a')], /--key-out, --cert-out and --secret-out must be different files/],
    [['reseal', noNs, '--key', KEY, '--cert', CERT, '--in-place', '-w', join(tmp, 'o.yaml')], /--in-place needs a FILE and no -w/],
    [['reseal', file('plain.yaml', SECRET), '--key', KEY, '--cert', CERT], /plain\.yaml: no SealedSecret found/],
    [['inspect', noNs, '--format', 'sarif'], /--format: expected text or json, got 'sarif'/],
    [['inspect', '-', '-'], /stdin \('-'\) can be read only once/],
  ];
  for (const [argv, pattern] of cases) assertOneLineError(await cli(argv, { stdin: '' }), pattern);
});
U('inspect: one line per SealedSecret, problems with file:line, exit 1; no SealedSecret is exit 2', async () => {
  const ok = await cli(['inspect', join(fixtures, 'sealed/strict.yaml'), join(fixtures, 'sealed/cluster-wide.yaml')]);
  assert.is(ok.exitCode, 0);
  assert.match(ok.stdout, /strict\.yaml:1: SealedSecret myshop\/myshop-db {2}strict {2}2 keys {2}RSA-4096\n/);
  assert.match(ok.stdout, /cluster-wide\.yaml:1: SealedSecret registry {2}cluster-wide {2}1 key {2}RSA-4096\n/);
  const bad = file('bad.yaml', readFileSync(join(fixtures, 'sealed/namespace-wide.yaml'), 'utf8').replace('  namespace: myshop\n', ''));
  const r = await cli(['inspect', bad, '--format', 'json']);
  assert.is(r.exitCode, 1);
  assert.match(JSON.parse(r.stdout).files[0].problems[0].message, /metadata\.namespace is missing/);
  assertOneLineError(await cli(['inspect', file('s.yaml', SECRET)]), /s\.yaml: no SealedSecret found/);
});

S.run();
C.run();
U.run();
