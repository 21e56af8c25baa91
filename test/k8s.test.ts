// The manifest detectors beyond polarity: positions, Kubernetes refs, severities, wording without secrets,
// the shared classifiers, and an end-to-end scan of examples/demo.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fingerprint } from '../src/findings/fingerprint.ts';
import { scan } from '../src/pipeline/scan.ts';
import { classifyContent, decodeSecretData, urlPassword } from '../src/scanners/common/content.ts';
import { classifyName, nameTokens } from '../src/scanners/common/names.ts';
import { nonSecretKind } from '../src/scanners/common/values.ts';
import { builtinScanners, ruleCatalog } from '../src/scanners/index.ts';
import { k8sScanners } from '../src/scanners/k8s/index.ts';
import { detect, fixtureCases } from './helpers/scan-input.ts';

const scanners = k8sScanners();
const b64 = (s: string) => Buffer.from(s).toString('base64');
const PEM = '-----BEGIN PRIVATE KEY-----\nMIIfake\n-----END PRIVATE KEY-----\n';

const names = suite('sensitive names (word tokens, not substrings)');
names('tokenizer splits separators and camelCase', () => {
  assert.equal(nameTokens('DB_PASSWORD'), ['db', 'password']);
  assert.equal(nameTokens('oauthClientSecret'), ['oauth', 'client', 'secret']);
  assert.equal(nameTokens('AWSSecretKey'), ['aws', 'secret', 'key']);
  assert.equal(nameTokens('tls.key'), ['tls', 'key']);
});
names('classification table', () => {
  const table: Array<[string, string | undefined]> = [
    ['DB_PASSWORD', 'strong'], ['apiKey', 'strong'], ['AWS_SECRET_ACCESS_KEY', 'strong'], ['clientSecret', 'strong'],
    ['GITHUB_TOKEN', 'strong'], ['rootPassword', 'strong'], ['connectionString', 'strong'], ['PRIVATE_KEY', 'strong'],
    ['DB_PASS', 'weak'], ['auth', 'weak'], ['tls.key', 'weak'], ['passwordKey', 'weak'],
    ['MONKEY', undefined], ['KEYCLOAK_URL', undefined], ['TOKEN_URL', undefined], ['PASSWORD_FILE', undefined],
    ['SECRET_NAME', undefined], ['existingSecret', undefined], ['secretKeyRef', undefined], ['AWS_ACCESS_KEY_ID', undefined],
    ['PWD', undefined], ['key', undefined], ['MAX_TOKENS', undefined], ['PASSWORD_MIN_LENGTH', undefined], ['LOG_LEVEL', undefined],
  ];
  for (const [name, want] of table) assert.is(classifyName(name), want, name);
});
names.run();

const values = suite('placeholder / reference classifier');
values('table', () => {
  const table: Array<[string, string | undefined]> = [
    ['', 'empty'], ['  ', 'empty'], ['{{ .Values.x }}', 'template'], ['a-{{ .x }}', 'template'], ['${DB_PASSWORD}', 'substitution'],
    ['$(DB_PASS)', 'substitution'], ['${USER}:${PASS}', 'substitution'], ['${{ secrets.TOKEN }}', 'substitution'],
    ['ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]', 'sops'], ['vault:secret/data/db#password', 'reference'],
    ['<path:secret/data/app#token>', 'reference'], ['ref+vault://secret/db#/pw', 'reference'], ['$oidc.clientSecret', 'reference'],
    ['arn:aws:secretsmanager:eu-west-1:123:secret:db', 'reference'], ['/run/secrets/db', 'path'], ['./key.pem', 'path'],
    ['true', 'boolean'], ['off', 'boolean'], ['8080', 'number'], ['changeme', 'placeholder'], ['<your-password>', 'placeholder'],
    ['REPLACE_ME', 'placeholder'], ['xxxxxx', 'placeholder'], ['********', 'placeholder'], ['your-token-here', 'placeholder'],
    ['hunter2', undefined], ['s3cr3t-Plaintext-1', undefined], ['123456789', undefined], ['$ecretP4ss', undefined], ['settings123', undefined],
  ];
  for (const [v, want] of table) assert.is(nonSecretKind(v), want, JSON.stringify(v));
});
values.run();

const content = suite('content classifier and base64');
content('what a value holds', () => {
  assert.is(classifyContent(PEM).kind, 'private-key');
  assert.is(classifyContent(PEM).severity, 'critical');
  assert.is(classifyContent('-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----').kind, 'certificate');
  assert.is(classifyContent(JSON.stringify({ auths: { r: { auth: b64('u:p') } } })).kind, 'registry-credentials');
  assert.is(classifyContent(JSON.stringify({ auths: {} })).kind, 'text');
  assert.is(classifyContent('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln').kind, 'jwt');
  assert.is(classifyContent('postgres://u:pw-123@h/db').kind, 'dsn-password'); // sealgate:allow (a test vector)
  assert.is(classifyContent('AKIAABCDEFGHIJKLMNOP').kind, 'cloud-key');
  assert.is(classifyContent(undefined).kind, 'binary');
  assert.is(urlPassword('redis://:${REDIS_PASSWORD}@r:6379'), undefined);
});
content('decodeSecretData follows the API server: padded standard base64, line breaks allowed', () => {
  assert.equal(decodeSecretData(b64('hello')), { valid: true, text: 'hello', base64: b64('hello') });
  assert.is(decodeSecretData('aGVsbG8').valid, false);
  assert.is(decodeSecretData('hunter2!').valid, false);
  assert.is(decodeSecretData('aGVs\nbG8=').valid, true);
  assert.is(decodeSecretData('_-8=').valid, false);
  const bin = decodeSecretData(Buffer.from([0, 1, 2, 255]).toString('base64'));
  assert.ok(bin.valid && bin.text === undefined);
});
content.run();

const secrets = suite('k8s-secret-plaintext / k8s-secret-base64');
secrets('one detection per key, at the key line, key..value span, with refs, fix and document lines', async () => {
  const text = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: prod\nstringData:\n  password: hunter2-pw\ndata:\n  token: ${b64('tok-123456')}\n`;
  const ds = await detect(scanners, 'secret.yaml', text);
  assert.equal(
    ds.map((d) => [d.ruleId, d.line, d.column, d.endLine, d.endColumn, d.kubernetes, d.fix, d.documentLines, d.secret]),
    [
      ['k8s-secret-plaintext', 11, 3, 11, 23, { kind: 'Secret', name: 'db', namespace: 'prod', key: 'password' }, 'seal', { start: 4, end: 13 }, 'hunter2-pw'],
      ['k8s-secret-base64', 13, 3, 13, 26, { kind: 'Secret', name: 'db', namespace: 'prod', key: 'token' }, 'seal', { start: 4, end: 13 }, 'tok-123456'],
    ],
  );
});
secrets('Secret types narrow which keys are sensitive', async () => {
  const secret = (type: string, body: string) => `apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ntype: ${type}\n${body}`;
  const keys = async (text: string) => (await detect(scanners, 's.yaml', text)).map((d) => `${d.kubernetes?.key}:${d.severity}`);
  assert.equal(await keys(secret('kubernetes.io/tls', `data:\n  tls.crt: ${b64('cert')}\n  tls.key: ${b64(PEM)}\n  ca.crt: ${b64('ca')}\n`)), ['tls.key:critical']);
  assert.equal(await keys(secret('kubernetes.io/service-account-token', 'data:\n  ca.crt: eA==\n  namespace: eA==\n')), []);
  assert.equal(await keys(secret('kubernetes.io/basic-auth', 'stringData:\n  username: admin\n')), ['username:info']);
  assert.equal(await keys(secret('kubernetes.io/basic-auth', 'stringData:\n  username: admin\n  password: pw-12345\n')), ['password:high']);
  assert.equal(await keys(secret('bootstrap.kubernetes.io/token', 'stringData:\n  token-id: abcdef\n  token-secret: 0123456789abcdef\n  expiration: "2030-01-01T00:00:00Z"\n')), ['token-secret:high']);
  assert.equal(await keys(secret('Opaque', `data:\n  ca.crt: ${b64('-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n')}\n`)), ['ca.crt:info']);
});
secrets('a data value that is not base64 is reported as possible plaintext, with the raw value as the secret', async () => {
  const [d] = await detect(scanners, 's.yaml', 'kind: Secret\nmetadata: {name: s}\ndata:\n  password: hunter2!\n');
  assert.is(d?.ruleId, 'k8s-secret-base64');
  assert.match(d?.message ?? '', /not valid base64/);
  assert.is(d?.secret, 'hunter2!');
});
secrets('Argo CD and last-applied origins are named; a last-applied copy has its own fingerprint', async () => {
  const json = JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'r' }, stringData: { password: 'argo-pw-123' } });
  const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: r\n  labels:\n    argocd.argoproj.io/secret-type: repository\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: '${json}'\nstringData:\n  url: https://git.example.com/r.git\n  password: argo-pw-123\n`;
  const ds = await detect(scanners, 'repo.yaml', text);
  assert.is(ds.length, 2);
  assert.match(ds[0]?.message ?? '', /Argo CD repository credentials/);
  const la = ds.find((d) => /last-applied-configuration annotation/.test(d.message));
  assert.ok(la);
  assert.is(la.line, 8);
  assert.is.not(fingerprint(ds[0]!, 'repo.yaml'), fingerprint(la, 'repo.yaml'));
});
secrets.run();

const others = suite('other detectors: positions and wording');
others('env literal: the value span, the env name as key', async () => {
  const text = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: prod}\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        env:\n        - name: DB_PASSWORD\n          value: pw-literal-1\n';
  const [d] = await detect(scanners, 'd.yaml', text);
  assert.equal([d?.ruleId, d?.line, d?.column, d?.kubernetes], ['k8s-env-literal-secret', 11, 11, { kind: 'Deployment', name: 'web', namespace: 'prod', key: 'env.DB_PASSWORD' }]);
});
others('configmap: a line inside a literal block scalar points at that source line', async () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  app.properties: |\n    a=1\n    db.password=cm-pw-123\n';
  const [d] = await detect(scanners, 'c.yaml', text);
  assert.equal([d?.ruleId, d?.line, d?.secret], ['k8s-configmap-secret', 7, 'cm-pw-123']);
});
others('helm values inside an Argo CD Application string: real line and column', async () => {
  const text = 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: a}\nspec:\n  source:\n    helm:\n      values: |\n        db:\n          password: helm-pw-123\n';
  const [d] = await detect(scanners, 'app.yaml', text);
  assert.equal([d?.ruleId, d?.line, d?.column], ['helm-values-secret', 9, 11]);
});
others('kustomize: env files resolve against the kustomization directory', async () => {
  const files = { 'apps/x/kustomization.yaml': 'secretGenerator:\n- name: s\n  envs: [conf/s.env]\n', 'apps/x/conf/s.env': 'PASSWORD=kz-pw-123\n' };
  const ds = await detect(scanners, 'apps/x/kustomization.yaml', files['apps/x/kustomization.yaml'], files);
  assert.equal(ds.map((d) => [d.line, d.secret, d.kubernetes?.key]), [[3, 'kz-pw-123', 'conf/s.env:PASSWORD']]);
  assert.match(ds[0]?.message ?? '', /apps\/x\/conf\/s\.env/);
});
const fixtures = fixtureCases(new URL('./fixtures/k8s/', import.meta.url).pathname).filter((c) => c.polarity === 'tp');

others('no message ever contains its secret (every tp fixture)', async () => {
  let checked = 0;
  for (const c of fixtures) {
    for (const [p, t] of Object.entries(c.files)) {
      for (const d of await detect(scanners, p, t, c.files)) {
        assert.ok(d.secret !== undefined && d.secret !== '', `${c.rule}/${c.name}: a detection without its secret`);
        if (d.secret.length >= 6) assert.not.ok(d.message.includes(d.secret), `${c.rule}/${c.name}: message leaks the secret`);
        assert.ok(d.documentLines, `${c.rule}/${c.name}: documentLines`);
        checked++;
      }
    }
  }
  assert.ok(checked > 80);
});
others('fingerprints carry no position: a line inserted above every document changes none of them', async () => {
  let compared = 0;
  for (const c of fixtures) {
    for (const [name, text] of Object.entries(c.files)) {
      if (name.endsWith('.json')) continue;
      // after the BOM, if any: a comment line, which moves every line down by one
      const moved = text.startsWith('\uFEFF') ? `\uFEFF# moved\n${text.slice(1)}` : `# moved\n${text}`;
      const prints = async (t: string) => (await detect(scanners, name, t, { ...c.files, [name]: t })).map((d) => fingerprint(d, name)).sort();
      const before = await prints(text);
      assert.equal(await prints(moved), before, `${c.rule}/${c.name}`);
      compared += before.length;
    }
  }
  assert.ok(compared > 50);
});
others('every rule is documented in the catalog with peers or tags and a help text', () => {
  const catalog = ruleCatalog(builtinScanners());
  for (const s of k8sScanners()) {
    for (const r of s.rules) {
      assert.is(catalog.get(r.id), r);
      assert.is(r.category, 'secret-manifest');
      assert.ok(r.help.length > 20 && r.description.length > 20 && r.title.length > 5, r.id);
    }
  }
});
others.run();

const demo = suite('examples/demo end to end');
demo('the scan shows every kind of mistake and not the SealedSecret', async () => {
  const root = new URL('..', import.meta.url).pathname;
  const report = await scan({ cwd: root, paths: ['examples/demo'] });
  const rules = new Set(report.findings.map((f) => f.ruleId));
  for (const id of ['k8s-secret-plaintext', 'k8s-secret-base64', 'kustomize-secret-generator', 'k8s-env-literal-secret', 'k8s-configmap-secret', 'kubeconfig-credential', 'helm-values-secret']) {
    assert.ok(rules.has(id), `demo shows ${id}`);
  }
  assert.equal(report.findings.filter((f) => f.file.includes('sealed-secret')), []);
  for (const f of report.findings) assert.ok(f.secret === undefined || f.secret.length <= 9, 'redacted by default');
});
demo.run();
