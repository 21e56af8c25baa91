// sealgate fix: --staged and unstaged edits, what it refuses and why, and the seal: policy's errors.
import { readFileSync, writeFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseConfig } from '../src/config/load.ts';
import { isSealgateError, type SealgateError } from '../src/errors.ts';
import { resolveSealPolicy } from '../src/fix/policy.ts';
import { cli } from './helpers/cli.ts';
import { ALICE, CONFIG, FILES, fixRepo, tempFiles, treeHash } from './helpers/fix-repo.ts';

const SECRET = (name: string, value: string, ns = 'shop') => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n${ns ? `  namespace: ${ns}\n` : ''}stringData:\n  password: ${value}\n`;
const BASE = { '.sealgate.yaml': CONFIG, '.sops.yaml': FILES['.sops.yaml'] as string };

const STAGED = suite('fix --staged (pre-commit)');
STAGED('scan --staged --fix seals the working-tree file, exits 1 and asks to review and git add', async () => {
  const repo = await fixRepo(BASE);
  try {
    repo.write({ 'clusters/prod/db.yaml': SECRET('db', 'staged-pw-Qx81y') });
    repo.git('add', '-A');
    const r = await cli(['scan', '--staged', '--fix'], { cwd: repo.dir });
    assert.is(r.exitCode, 1);
    assert.match(r.stdout, /k8s-secret-plaintext/);
    assert.match(r.stderr, /sealed: clusters\/prod\/db\.yaml:1 {2}Secret shop\/db → SealedSecret/);
    assert.match(r.stderr, /stage them \(git add clusters\/prod\/db\.yaml\), then commit again/);
    assert.match(readFileSync(repo.path('clusters/prod/db.yaml'), 'utf8'), /kind: SealedSecret/);
    assert.match(repo.git('show', ':clusters/prod/db.yaml'), /staged-pw-Qx81y/, 'the index is the user\'s to change');
    repo.git('add', '-A');
    const again = await cli(['scan', '--staged', '--fix'], { cwd: repo.dir });
    assert.is(again.exitCode, 0, again.stdout + again.stderr);
  } finally {
    repo.remove();
  }
});
STAGED('unstaged edits are kept byte for byte and the user is told', async () => {
  const repo = await fixRepo(BASE);
  try {
    repo.write({ 'clusters/prod/db.yaml': SECRET('db', 'staged-pw-Qx81y') });
    repo.git('add', '-A');
    const edited = `# an unstaged comment\n${SECRET('db', 'staged-pw-Qx81y')}---\n# more unstaged work\nkind: ConfigMap\napiVersion: v1\nmetadata: {name: x}\n`;
    writeFileSync(repo.path('clusters/prod/db.yaml'), edited);
    const r = await cli(['fix', '--staged'], { cwd: repo.dir });
    assert.is(r.exitCode, 1);
    assert.match(r.stdout, /note: clusters\/prod\/db\.yaml: the working tree differs from what is staged: the working-tree version was fixed, and your unstaged edits are kept/);
    const now = readFileSync(repo.path('clusters/prod/db.yaml'), 'utf8');
    assert.ok(now.startsWith('# an unstaged comment\napiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\n'));
    assert.ok(now.endsWith('---\n# more unstaged work\nkind: ConfigMap\napiVersion: v1\nmetadata: {name: x}\n'));
  } finally {
    repo.remove();
  }
});
STAGED('a working tree that no longer has the staged plaintext is left alone, with advice', async () => {
  const repo = await fixRepo(BASE);
  try {
    repo.write({ 'clusters/prod/db.yaml': SECRET('db', 'staged-pw-Qx81y') });
    repo.git('add', '-A');
    writeFileSync(repo.path('clusters/prod/db.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: db}\n');
    const before = treeHash(repo.dir);
    const r = await cli(['fix', '--staged'], { cwd: repo.dir });
    assert.is(r.exitCode, 0);
    assert.match(r.stdout, /the working tree no longer holds the plaintext Secret that is staged: stage it \('git add clusters\/prod\/db\.yaml'\)/);
    assert.equal(treeHash(repo.dir), before);
  } finally {
    repo.remove();
  }
});
STAGED.run();

const REFUSE = suite('fix: what it does not change, and why');
async function refused(files: Record<string, string>, args: string[] = ['fix']): Promise<{ stdout: string; exitCode: number }> {
  const repo = await fixRepo({ ...BASE, ...files });
  try {
    const before = treeHash(repo.dir);
    const r = await cli(args, { cwd: repo.dir });
    assert.equal(treeHash(repo.dir), before, 'a refused fix changed the tree');
    assert.equal(tempFiles(repo.dir), []);
    return r;
  } finally {
    repo.remove();
  }
}
REFUSE('a path no rule matches: say so, name the way out, exit 1', async () => {
  const r = await refused({ 'apps/db.yaml': SECRET('db', 'no-rule-pw-71') });
  assert.is(r.exitCode, 1);
  assert.match(r.stdout, /not fixed: apps\/db\.yaml:7 {2}no seal: rule matches apps\/db\.yaml: add one to \.sealgate\.yaml, or pass --cert CERT or --age RECIPIENT/);
});
REFUSE('a Secret without namespace in strict scope: the sealer\'s reason with its line; the file stays whole', async () => {
  const r = await refused({ 'clusters/prod/two.yaml': `${SECRET('ok', 'ok-pw-12345')}---\n${SECRET('nons', 'nons-pw-12345', '')}` });
  assert.is(r.exitCode, 1);
  assert.match(r.stdout, /not fixed: clusters\/prod\/two\.yaml:9 {2}Secret nons: Secret "nons" has no metadata\.namespace and no kustomization that includes it sets one \(strict scope seals it for one namespace\): add metadata\.namespace, or seal it cluster-wide/);
  assert.not.match(r.stdout, /sealed: /);
  assert.not.match(r.stdout, /--namespace/, 'fix has no --namespace flag to suggest');
});
REFUSE('a Secret without namespace that overlays put in several namespaces is refused, naming them', async () => {
  const r = await refused({
    'clusters/prod/base/db.yaml': SECRET('db', 'base-pw-66123', ''),
    'clusters/prod/base/kustomization.yaml': 'resources:\n  - db.yaml\n',
    'clusters/prod/shop/kustomization.yaml': 'namespace: shop\nresources:\n  - ../base\n',
    'clusters/prod/shop-eu/kustomization.yaml': 'namespace: shop-eu\nresources:\n  - ../base\n',
  });
  assert.is(r.exitCode, 1);
  assert.match(r.stdout, /not fixed: clusters\/prod\/base\/db\.yaml:1 {2}Secret db: Secret "db" has no metadata\.namespace and its kustomizations put it in 2 namespaces \(shop, shop-eu\): add metadata\.namespace, or seal it cluster-wide/);
});
REFUSE('a file that would still hold a plaintext secret fix cannot remove is not written (no temp copy of it either)', async () => {
  const deploy = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: web\n          env:\n            - name: DB_PASSWORD\n              value: Zk81-literal-password-x\n`;
  const r = await refused({ 'clusters/prod/mixed.yaml': `${SECRET('db', 'mixed-pw-1234')}---\n${deploy}` });
  assert.is(r.exitCode, 1);
  assert.match(r.stdout, /not fixed: clusters\/prod\/mixed\.yaml:20 {2}the fixed file would still hold plaintext secrets sealgate cannot fix \(k8s-env-literal-secret at line 20\)/);
  assert.match(r.stdout, /to do: clusters\/prod\/mixed\.yaml:20 {2}high k8s-env-literal-secret: .*\n {2}fix: Move DB_PASSWORD of Deployment shop\/web into a Secret: `kubectl create secret generic web-secrets -n shop --from-literal=DB_PASSWORD="\$DB_PASSWORD"/);
  assert.not.match(r.stdout, /Zk81-literal-password-x/);
});
REFUSE('sops encrypts whole files: a Secret next to other objects is not encrypted', async () => {
  const r = await refused({ 'clusters/prod/sops/mixed.yaml': `${SECRET('db', 'sops-mixed-pw-1')}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n` });
  assert.match(r.stdout, /not fixed: clusters\/prod\/sops\/mixed\.yaml:9 {2}sops encrypts whole files and this one also holds ConfigMap: move the Secret to a file of its own/);
});
REFUSE('Helm templates and YAML that does not parse are left to the user', async () => {
  const tpl = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}\n  namespace: shop\nstringData:\n  password: tpl-pw-8812aa\n`;
  const r = await refused({ 'clusters/prod/tpl.yaml': tpl, 'clusters/prod/broken.yaml': `${SECRET('db', 'broken-pw-1')}  bad: [unclosed\n` });
  assert.match(r.stdout, /not fixed: clusters\/prod\/tpl\.yaml:\d+ {2}.*template actions/);
  assert.match(r.stdout, /not fixed: clusters\/prod\/broken\.yaml:\d+ {2}.*the YAML does not parse here: fix its syntax first/);
});
REFUSE('--cert is a fallback for paths no rule matches', async () => {
  const repo = await fixRepo({ ...BASE, 'apps/db.yaml': SECRET('db', 'fallback-pw-1'), 'clusters/dev/db.yaml': SECRET('db', 'dev-pw-2') });
  try {
    const r = await cli(['fix', '--cert', 'keys/prod.pem', '--scope', 'cluster-wide'], { cwd: repo.dir });
    assert.is(r.exitCode, 0, r.stdout);
    assert.match(r.stdout, /sealed: apps\/db\.yaml:1 {2}Secret shop\/db → SealedSecret with keys\/prod\.pem .*, rule --cert/);
    assert.match(r.stdout, /sealed: clusters\/dev\/db\.yaml:1 .*keys\/dev\.pem .*rule seal\[3\]/);
    assert.match(readFileSync(repo.path('apps/db.yaml'), 'utf8'), /cluster-wide: "true"/);
  } finally {
    repo.remove();
  }
});
REFUSE('scan --fix refuses stdin and --range', async () => {
  const r = await cli(['scan', '-', '--fix'], { stdin: 'x' });
  assert.is(r.exitCode, 2);
  assert.match(r.stderr, /--fix rewrites working-tree files/);
});
REFUSE.run();

const KUSTOMIZE = suite('fix: a Secret without namespace takes the one its kustomizations give it');
async function fixedIn(files: Record<string, string>, path: string): Promise<{ stdout: string; stderr: string; exitCode: number; text: string; unsealed: { exitCode: number; stdout: string } }> {
  const repo = await fixRepo({ ...BASE, ...files });
  try {
    const r = await cli(['fix'], { cwd: repo.dir });
    const text = readFileSync(repo.path(path), 'utf8');
    const unsealed = await cli(['unseal', '--key', 'keys/prod.key', path], { cwd: repo.dir });
    return { ...r, text, unsealed };
  } finally {
    repo.remove();
  }
}
KUSTOMIZE('the kustomization beside it: sealed for its namespace, said in the report, opens there', async () => {
  const r = await fixedIn({ 'clusters/prod/db/secret.yaml': SECRET('db', 'kz-pw-41822', ''), 'clusters/prod/db/kustomization.yaml': 'namespace: shop\nresources:\n  - secret.yaml\n' }, 'clusters/prod/db/secret.yaml');
  assert.is(r.exitCode, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /warning: Secret "db": sealed for namespace "shop", which clusters\/prod\/db\/kustomization\.yaml gives it/);
  assert.match(r.text, /kind: SealedSecret\nmetadata:\n(?:.*\n)*? {2}namespace: shop\n/);
  assert.is(r.unsealed.exitCode, 0, r.unsealed.stdout);
  assert.match(r.unsealed.stdout, /namespace: shop/);
  assert.not.match(r.stdout + r.stderr, /kz-pw-41822/);
});
KUSTOMIZE('the outermost kustomization wins, through directories and bases', async () => {
  const r = await fixedIn(
    {
      'clusters/prod/base/db.yaml': SECRET('db', 'kz-pw-90210', ''),
      'clusters/prod/base/kustomization.yaml': 'namespace: base-ns\nresources:\n  - db.yaml\n',
      'clusters/prod/overlay/kustomization.yml': 'namespace: payments\nbases:\n  - ../base\n  - github.com/example/remote//x?ref=v1\n',
      'clusters/prod/kustomization.yaml': 'resources:\n  - overlay\n',
    },
    'clusters/prod/base/db.yaml',
  );
  assert.is(r.exitCode, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /sealed for namespace "payments", which clusters\/prod\/overlay\/kustomization\.yml gives it/);
  assert.match(r.unsealed.stdout, /namespace: payments/);
});
KUSTOMIZE('cluster-wide scope needs no namespace: none is invented', async () => {
  const sealedCw = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  annotations:\n    sealedsecrets.bitnami.com/cluster-wide: "true"\nstringData:\n  password: kz-pw-33001\n`;
  const r = await fixedIn({ 'clusters/prod/cw/secret.yaml': sealedCw, 'clusters/prod/cw/kustomization.yaml': 'namespace: shop\nresources: [secret.yaml]\n' }, 'clusters/prod/cw/secret.yaml');
  assert.is(r.exitCode, 0, r.stdout + r.stderr);
  assert.not.match(r.stdout, /sealed for namespace/);
  assert.not.match(r.text, /namespace:/);
});
KUSTOMIZE('a Secret whose own namespace a kustomization overrides is refused: its values would not open there', async () => {
  const r = await refused({
    'clusters/prod/db/secret.yaml': SECRET('db', 'kz-pw-55110', 'shop'),
    'clusters/prod/db/kustomization.yaml': 'namespace: payments\nresources:\n  - secret.yaml\n',
  });
  assert.is(r.exitCode, 1);
  assert.match(r.stdout, /not fixed: clusters\/prod\/db\/secret\.yaml:1 {2}Secret shop\/db: Secret "db" is in namespace "shop", but clusters\/prod\/db\/kustomization\.yaml puts it in namespace "payments", where values sealed for "shop" would not open: set metadata\.namespace to the namespace it is deployed to, or seal it cluster-wide/);
});
KUSTOMIZE('a Secret whose own namespace its kustomization repeats is sealed as usual', async () => {
  const r = await fixedIn({ 'clusters/prod/db/secret.yaml': SECRET('db', 'kz-pw-55111', 'shop'), 'clusters/prod/db/kustomization.yaml': 'namespace: shop\nresources:\n  - secret.yaml\n' }, 'clusters/prod/db/secret.yaml');
  assert.is(r.exitCode, 0, r.stdout + r.stderr);
  assert.not.match(r.stdout, /sealed for namespace/);
  assert.match(r.unsealed.stdout, /namespace: shop/);
});
KUSTOMIZE.run();

const POLICY = suite('seal: policy validation');
const configError = (text: string): SealgateError => {
  try {
    parseConfig(text, '.sealgate.yaml');
  } catch (e) {
    if (isSealgateError(e)) return e;
  }
  throw new Error('expected a config error');
};
async function policyError(config: string, files: Record<string, string> = {}, now?: Date): Promise<SealgateError> {
  const repo = await fixRepo({ '.sealgate.yaml': config, ...files });
  try {
    await resolveSealPolicy(parseConfig(config, repo.path('.sealgate.yaml')), { baseDir: repo.dir, cwd: repo.dir, env: {}, network: false, ...(now ? { now } : {}) });
  } catch (e) {
    if (isSealgateError(e)) return e;
    throw e;
  } finally {
    repo.remove();
  }
  throw new Error('expected a policy error');
}
POLICY('the schema: every key, and errors at the rule\'s line', () => {
  const c = parseConfig(
    `seal:\n  - path: "clusters/stage/**"\n    method: sealed-secrets\n    controllerName: sealed-secrets\n    controllerNamespace: flux-system\n    context: stage\n    certSha256: ${'a'.repeat(64)}\n    scope: namespace-wide\n  - { path: "x/**", method: sops, age: "${ALICE}, ${ALICE}" }\n`,
    'x',
  );
  assert.equal(c.seal[0], { line: 2, path: 'clusters/stage/**', method: 'sealed-secrets', controllerName: 'sealed-secrets', controllerNamespace: 'flux-system', context: 'stage', certSha256: ['a'.repeat(64)], scope: 'namespace-wide' });
  assert.equal(c.seal[1]?.age, [ALICE, ALICE]);
  assert.match(configError('seal:\n  - { path: a, method: sops, cert: x.pem }\n').toLine(), /^\.sealgate\.yaml:2: seal\[0\]\.cert: only for method sealed-secrets$/);
  assert.match(configError('seal:\n  - { path: a, method: sealed-secrets, controllerName: s }\n').toLine(), /^\.sealgate\.yaml:2: seal\[0\]: a certificate fetched through kubectl needs a context/);
  assert.match(configError('seal:\n  - { path: a, method: sealed-secrets, cert: c.pem, certSha256: abc }\n').toLine(), /^\.sealgate\.yaml:2: seal\[0\]\.certSha256: expected SHA-256 fingerprints/);
  assert.match(configError('seal:\n  - { path: a, method: kms }\n').toLine(), /^\.sealgate\.yaml:2: seal\[0\]\.method: expected sealed-secrets or sops$/);
});
POLICY('an unreadable or expired certificate is a CONFIG error at the rule\'s line', async () => {
  const missing = await policyError('seal:\n  - { path: a, method: sealed-secrets, cert: keys/none.pem }\n');
  assert.is(missing.code, 'CONFIG');
  assert.match(missing.toLine(), /^\.sealgate\.yaml:2: seal\[0\]: cert keys\/none\.pem: cannot read certificate: no such file$/);
  const expired = await policyError('failOn: low\nseal:\n  - { path: a, method: sealed-secrets, cert: keys/prod.pem }\n', {}, new Date(Date.now() + 2 * 365 * 86_400_000));
  assert.match(expired.toLine(), /^\.sealgate\.yaml:3: seal\[0\]: cert keys\/prod\.pem: certificate expired on /);
  const key = await policyError('seal:\n  - { path: a, method: sealed-secrets, cert: keys/prod.key }\n');
  assert.match(key.message, /this is a private key, not a certificate/);
  const pin = await policyError(`seal:\n  - { path: a, method: sealed-secrets, cert: keys/prod.pem, certSha256: ${'b'.repeat(64)} }\n`);
  assert.match(pin.message, /not among certSha256/);
});
POLICY('recipients must parse, and a sops rule without recipients needs .sops.yaml', async () => {
  const bad = await policyError('seal:\n  - { path: a, method: sealed-secrets, cert: keys/prod.pem }\n  - { path: b, method: sops, age: [age1notarecipient] }\n');
  assert.match(bad.toLine(), /^\.sealgate\.yaml:3: seal\[1\]: age: 'age1notarecipient' is not an age recipient/);
  const none = await policyError('seal:\n  - { path: b, method: sops }\n');
  assert.match(none.toLine(), /^\.sealgate\.yaml:2: seal\[0\]: method sops names no age recipients and there is no \.sops\.yaml/);
});
POLICY('a plain scan checks the policy too (exit 2 with the line), and fix uses it', async () => {
  const repo = await fixRepo({ '.sealgate.yaml': 'seal:\n  - { path: a, method: sealed-secrets, cert: keys/none.pem }\n' });
  try {
    for (const args of [['scan'], ['fix']]) {
      const r = await cli(args, { cwd: repo.dir });
      assert.is(r.exitCode, 2);
      assert.match(r.stderr, /^sealgate: \.sealgate\.yaml:2: seal\[0\]: cert keys\/none\.pem: cannot read certificate/);
    }
  } finally {
    repo.remove();
  }
});
POLICY('a controller rule asks kubectl with its context, and a pin catches the wrong cluster', async () => {
  const repo = await fixRepo({});
  try {
    const pem = readFileSync(repo.path('keys/dev.pem'), 'utf8');
    const calls: string[][] = [];
    const runner = async (_file: string, args: readonly string[]) => {
      calls.push([...args]);
      return { exitCode: 0, stdout: args.includes('--raw') ? pem : 'http', stderr: '', missing: false };
    };
    const config = parseConfig(`seal:\n  - { path: "**", method: sealed-secrets, controllerName: ss, controllerNamespace: flux, context: prod, certSha256: ${'c'.repeat(64)} }\n`, repo.path('.sealgate.yaml'));
    const policy = await resolveSealPolicy(config, { baseDir: repo.dir, cwd: repo.dir, env: {}, network: true, runner });
    assert.equal(calls, [], 'no cluster is asked before a Secret needs sealing');
    assert.equal(policy.keyPolicy().rules[0]?.certSha256, ['c'.repeat(64)]);
    const e = await policy.rules[0]?.sealingKey().then(() => undefined, (x: unknown) => x as SealgateError);
    assert.match(e?.message ?? '', /has sha256 [0-9a-f]{64}, which is not among certSha256 \(cccccccccccc…\): is kubectl pointing at the wrong cluster\?/);
    assert.equal(calls[0]?.slice(0, 2), ['--context', 'prod']);
  } finally {
    repo.remove();
  }
});
POLICY.run();
