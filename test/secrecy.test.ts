// Secrecy: distinctive secrets planted in every kind of input, every command and output format run over
// them, and nothing they print or write may show a planted value (whole, any 8-character window, or more
// than the 4 leading/trailing characters redaction keeps) — except where showing it is the command's
// purpose (`decrypt`, `unseal`, `--no-redact`), which must show it there and nowhere else.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { generateIdentity, identityToRecipient } from 'age-encryption';
import { runAction } from '../src/action/main.ts';
import { cli } from './helpers/cli.ts';
import { TempRepo } from './helpers/repo.ts';
import { ALICE } from './helpers/sops.ts';
import { b64, changed, leaks, password, privateKey, snapshot, token, type Planted } from './helpers/secrecy.ts';

const SEALED_KEYS = new URL('./fixtures/sealed-secrets/keys/', import.meta.url).pathname;
const CERT = join(SEALED_KEYS, 'controller-cert.pem');
const KEY = join(SEALED_KEYS, 'controller-key.pem');
const BIN = new URL('../bin/sealgate.js', import.meta.url).pathname;
const DEBUG_WARNING = 'WARNING: --debug output may contain secrets';

// ---- what is planted, and where --------------------------------------------------------------------------

const S = {
  stringData: password('Secret stringData'),
  data: password('Secret data (base64)'),
  kustLiteral: password('kustomize literal'),
  kustEnv: password('kustomize env file'),
  envValue: password('container env value'),
  dsn: password('ConfigMap DSN password'),
  kubeToken: token('kubeconfig token', 'kt-', 40),
  helm: password('values.yaml password'),
  github: token('GitHub token in a script', 'ghp_', 36),
  gitlab: token('GitLab token in a script', 'glpat-', 20),
  sopsPlain: password('SOPS plaintext value'),
  pem: privateKey('private key file'),
  age: { name: 'age identity', value: '', cores: [] } as Planted,
};
const identity = await generateIdentity();
S.age = { name: 'age identity', value: identity, cores: [identity.slice('AGE-SECRET-KEY-1'.length)] };
const ageRecipient = await identityToRecipient(identity);
// What the sealing commands take in (not in the scanned repository).
const T = {
  seal: password('Secret to seal'),
  sealRaw: password('value for seal --raw'),
  encrypt: password('Secret to encrypt'),
  encryptEnv: password('dotenv value to encrypt'),
  fixSeal: password('Secret for fix to seal'),
  fixData: password('Secret data for fix to seal'),
  fixSops: password('Secret for fix to encrypt'),
};
const SCANNED = Object.values(S);
const ALL = [...SCANNED, ...Object.values(T)];

const secretYaml = (name: string, key: string, value: string, ns = 'apps') =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: ${ns}\ntype: Opaque\nstringData:\n  ${key}: ${value}\n`;

/** The repository every scan reads: one file per kind of input. */
function plantedFiles(sopsFile: string): Record<string, string> {
  return {
    'k8s/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n  namespace: apps\nstringData:\n  password: ${S.stringData.value}\ndata:\n  api-key: ${b64(S.data)}\n`,
    'k8s/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nsecretGenerator:\n  - name: app\n    literals:\n      - DB_PASSWORD=${S.kustLiteral.value}\n    envs:\n      - app.env\n`,
    'k8s/app.env': `API_SECRET=${S.kustEnv.value}\n`,
    'k8s/deploy.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: web:1\n          env:\n            - name: DB_PASSWORD\n              value: ${S.envValue.value}\n`,
    'k8s/configmap.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  DATABASE_URL: postgres://app:${S.dsn.value}@db.internal:5432/app\n`,
    'kubeconfig': `apiVersion: v1\nkind: Config\nclusters:\n  - name: c\n    cluster: { server: https://k8s.example.com }\nusers:\n  - name: admin\n    user:\n      token: ${S.kubeToken.value}\ncontexts:\n  - name: c\n    context: { cluster: c, user: admin }\ncurrent-context: c\n`,
    'charts/app/values.yaml': `image: app:1\ndatabase:\n  password: ${S.helm.value}\n`,
    'scripts/deploy.sh': `#!/bin/sh\nexport GITHUB_TOKEN=${S.github.value}\nexport GITLAB_TOKEN=${S.gitlab.value}\n`,
    'keys/server.key': S.pem.value,
    'keys/age.txt': `# created: 2026-01-01T00:00:00Z\n# public key: ${ageRecipient}\n${S.age.value}\n`,
    'secrets/app.enc.yaml': sopsFile,
  };
}

/** A SOPS file whose second value was left (pasted back) in plaintext. */
async function sopsWithPlaintext(dir: string): Promise<string> {
  const plain = join(dir, 'app.yaml');
  writeFileSync(plain, `password: placeholder-to-encrypt-1\napi_key: placeholder-to-encrypt-2\n`);
  const r = await cli(['encrypt', plain, '--age', ALICE.recipient], { cwd: dir });
  assert.is(r.exitCode, 0, r.stderr);
  return r.stdout.replace(/api_key: ENC\[[^\]]*\]/, `api_key: ${S.sopsPlain.value}`);
}

// ---- running and checking ---------------------------------------------------------------------------------

interface Output {
  label: string;
  text: string;
}

/** Fails listing every output that shows a planted secret. */
function assertNoLeak(outputs: readonly Output[], planted: readonly Planted[] = ALL): void {
  const found: string[] = [];
  for (const o of outputs) for (const l of leaks(o.text, planted)) found.push(`${o.label}: ${l.secret} (${l.how})`);
  assert.equal(found, [], `leaked:\n${found.join('\n')}`);
}

/** Runs the CLI in-process in `cwd`; returns stdout, stderr and every file it created or changed under `cwd`. */
async function runCaptured(label: string, argv: string[], cwd: string, opts: { stdin?: string; env?: Record<string, string> } = {}) {
  const before = snapshot(cwd);
  const r = await cli(argv, { cwd, ...opts });
  const files = changed(before, snapshot(cwd));
  const outputs: Output[] = [
    { label: `${label} stdout`, text: r.stdout },
    { label: `${label} stderr`, text: r.stderr },
    ...[...files].map(([p, text]) => ({ label: `${label} wrote ${p}`, text })),
  ];
  return { r, outputs, files };
}

let work = '';
let repo: TempRepo;
let base = '';
let head = '';

const Sx = suite('secrecy: nothing planted ever shows');

Sx.before(async () => {
  work = mkdtempSync(join(tmpdir(), 'sealgate-secrecy-'));
  repo = new TempRepo();
  base = repo.commit('base', { 'README.md': '# app\n' });
  head = repo.commit('add everything', plantedFiles(await sopsWithPlaintext(work)));
});

Sx.after(() => {
  repo.remove();
  rmSync(work, { recursive: true, force: true });
});

const FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab', 'junit', 'gitleaks-json'];

Sx('the planted repository is found: every planted secret gives a finding that --no-redact shows in full', async () => {
  const r = await cli(['scan', '--format', 'json', '--no-redact'], { cwd: repo.dir });
  assert.is(r.exitCode, 1, r.stderr);
  const missing = SCANNED.filter((p) => !p.cores.every((c) => r.stdout.includes(c) || r.stdout.includes(JSON.stringify(c).slice(1, -1))));
  assert.equal(missing.map((p) => p.name), [], 'every planted secret is reported and revealed by --no-redact');
  assert.is(r.stderr, '');
});

Sx('scan: every format, to stdout and to --output, for the working tree, --staged, --range, stdin and --diff', async () => {
  const outputs: Output[] = [];
  for (const format of FORMATS) {
    const toStdout = await runCaptured(`scan --format ${format}`, ['scan', '--format', format], repo.dir);
    assert.is(toStdout.r.exitCode, 1, toStdout.r.stderr);
    outputs.push(...toStdout.outputs);
    const toFile = await runCaptured(`scan --format ${format} --output`, ['scan', '--format', format, '--output', `report.${format}`], repo.dir);
    assert.is(toFile.r.exitCode, 1, toFile.r.stderr);
    assert.is(toFile.files.size, 1);
    outputs.push(...toFile.outputs);
    rmSync(repo.path(`report.${format}`));
    const range = await runCaptured(`scan --range --format ${format}`, ['scan', '--range', `${base}..${head}`, '--format', format, '--policy'], repo.dir);
    assert.is(range.r.exitCode, 1, range.r.stderr);
    outputs.push(...range.outputs);
  }
  const diff = repo.git('show', head);
  const fromDiff = await runCaptured('scan - --diff', ['scan', '-', '--diff'], repo.dir, { stdin: diff });
  assert.is(fromDiff.r.exitCode, 1, fromDiff.r.stderr);
  const fromStdin = await runCaptured('scan -', ['scan', '-', '--stdin-name', 'k8s/secret.yaml', '--format', 'json'], repo.dir, {
    stdin: readFileSync(repo.path('k8s/secret.yaml'), 'utf8'),
  });
  assert.is(fromStdin.r.exitCode, 1, fromStdin.r.stderr);
  outputs.push(...fromDiff.outputs, ...fromStdin.outputs);
  assertNoLeak(outputs);
});

Sx('scan --staged, and the installed hook blocking a commit', async () => {
  const staging = new TempRepo();
  try {
    staging.commit('base', { 'README.md': '# x\n' });
    staging.write(plantedFiles(readFileSync(repo.path('secrets/app.enc.yaml'), 'utf8')));
    staging.git('add', '-A');
    const staged = await runCaptured('scan --staged', ['scan', '--staged', '--format', 'json'], staging.dir);
    assert.is(staged.r.exitCode, 1, staged.r.stderr);
    const installed = spawnSync(process.execPath, [BIN, 'hook', 'install'], { cwd: staging.dir, encoding: 'utf8' });
    assert.is(installed.status, 0, installed.stderr);
    const commit = spawnSync('git', ['commit', '-m', 'leak'], { cwd: staging.dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
    assert.is.not(commit.status, 0, 'the hook blocks the commit');
    assert.match(commit.stderr + commit.stdout, /k8s\/secret\.yaml/);
    assertNoLeak([...staged.outputs, { label: 'hook stdout', text: commit.stdout }, { label: 'hook stderr', text: commit.stderr }]);
  } finally {
    staging.remove();
  }
});

Sx('--no-redact shows the secrets in the report it was asked for, and nowhere else', async () => {
  const r = await runCaptured('scan --no-redact --output', ['scan', '--no-redact', '--format', 'json', '--output', 'revealed.json'], repo.dir);
  assert.is(r.r.exitCode, 1, r.r.stderr);
  const report = r.files.get('revealed.json') ?? '';
  assert.ok(report.includes(S.stringData.value), 'the requested report reveals');
  assertNoLeak(r.outputs.filter((o) => !o.label.endsWith('revealed.json')).concat({ label: 'stderr', text: r.r.stderr }));
  rmSync(repo.path('revealed.json'));
});

Sx('baseline, scan --baseline and baseline --from-gitleaks (a gitleaks report holds the secrets in full)', async () => {
  const made = await runCaptured('baseline', ['baseline', '--output', 'base.json'], repo.dir);
  assert.is(made.r.exitCode, 0, made.r.stderr);
  const against = await runCaptured('scan --baseline', ['scan', '--baseline', 'base.json'], repo.dir);
  assert.is(against.r.exitCode, 0, against.r.stderr);
  const gitleaksReport = [
    { RuleID: 'github-pat', File: 'scripts/deploy.sh', StartLine: 2, EndLine: 2, Secret: S.github.value, Match: `GITHUB_TOKEN=${S.github.value}` },
    { RuleID: 'generic', File: 'charts/app/values.yaml', StartLine: 3, EndLine: 3, Secret: S.helm.value, Match: `password: ${S.helm.value}` },
  ];
  writeFileSync(join(work, 'gitleaks.json'), JSON.stringify(gitleaksReport));
  const imported = await runCaptured('baseline --from-gitleaks', ['baseline', '--from-gitleaks', join(work, 'gitleaks.json'), '--output', 'gl.json'], repo.dir);
  assert.is(imported.r.exitCode, 0, imported.r.stderr);
  assert.ok((imported.files.get('gl.json') ?? '').length > 20, 'entries were imported');
  writeFileSync(join(work, 'gitleaks-broken.json'), `[{"RuleID": "x", "Secret": "${S.github.value}", `);
  const broken = await runCaptured('baseline --from-gitleaks (broken JSON)', ['baseline', '--from-gitleaks', join(work, 'gitleaks-broken.json'), '--output', 'gl2.json'], repo.dir);
  assert.is(broken.r.exitCode, 2);
  for (const f of ['base.json', 'gl.json', '.gitattributes']) rmSync(repo.path(f), { force: true });
  assertNoLeak([...made.outputs, ...against.outputs, ...imported.outputs, ...broken.outputs]);
});

Sx('audit: markdown, html and json, to stdout and to --output', async () => {
  const outputs: Output[] = [];
  for (const format of ['markdown', 'html', 'json']) {
    const out = await runCaptured(`audit --format ${format}`, ['audit', '--format', format], repo.dir);
    assert.is(out.r.exitCode, 0, out.r.stderr);
    assert.ok(out.r.stdout.length > 500);
    const file = await runCaptured(`audit --format ${format} --output`, ['audit', '--format', format, '--output', join(work, `audit.${format}`)], repo.dir);
    assert.is(file.r.exitCode, 0, file.r.stderr);
    outputs.push(...out.outputs, ...file.outputs, { label: `audit.${format}`, text: readFileSync(join(work, `audit.${format}`), 'utf8') });
  }
  assertNoLeak(outputs);
});

Sx('the GitHub Action: step log, job summary, outputs and SARIF', async () => {
  const runner = mkdtempSync(join(tmpdir(), 'sealgate-runner-'));
  try {
    const event = join(runner, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));
    for (const f of ['summary', 'output']) writeFileSync(join(runner, f), '');
    const result = await runAction(
      {
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_WORKSPACE: repo.dir,
        GITHUB_OUTPUT: join(runner, 'output'),
        GITHUB_STEP_SUMMARY: join(runner, 'summary'),
        'INPUT_SARIF-FILE': join(runner, 'sealgate.sarif'),
      },
      repo.dir,
    );
    assert.is(result.exitCode, 1, result.stdout);
    const summary = readFileSync(join(runner, 'summary'), 'utf8');
    assert.match(summary, /k8s\/secret\.yaml/);
    assertNoLeak([
      { label: 'action log', text: result.stdout },
      { label: 'action summary', text: summary },
      { label: 'action outputs', text: readFileSync(join(runner, 'output'), 'utf8') },
      { label: 'action SARIF', text: readFileSync(join(runner, 'sealgate.sarif'), 'utf8') },
    ]);
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
});

Sx('scan --history (worker threads and in-process), every format, and with --no-redact only where asked', async () => {
  const outputs: Output[] = [];
  for (const format of FORMATS) {
    const r = await runCaptured(`scan --history --format ${format}`, ['scan', '--history', '--format', format, '--jobs', format === 'json' ? '2' : '1'], repo.dir);
    assert.is(r.r.exitCode, 1, r.r.stderr);
    outputs.push(...r.outputs);
  }
  const since = await runCaptured('scan --history --since', ['scan', '--history', '--since', base, '--all', '--format', 'json'], repo.dir);
  assert.is(since.r.exitCode, 1, since.r.stderr);
  outputs.push(...since.outputs);
  assertNoLeak(outputs);
  const revealed = await runCaptured('scan --history --no-redact', ['scan', '--history', '--no-redact', '--format', 'json', '--output', 'h.json'], repo.dir);
  assert.ok((revealed.files.get('h.json') ?? '').includes(S.github.value), 'the requested report reveals');
  assertNoLeak([{ label: 'stdout', text: revealed.r.stdout }, { label: 'stderr', text: revealed.r.stderr }]);
  rmSync(repo.path('h.json'));
});

// ---- fixing: fix, fix --dry-run, scan --staged --fix -------------------------------------------------------

/** A repository with a seal: policy (sealed-secrets for k8s/, SOPS for sops/) and Secrets to fix. */
function fixRepo(): TempRepo {
  const r = new TempRepo();
  r.commit('base', { 'README.md': '# x\n' });
  r.write({
    'prod.pem': readFileSync(CERT, 'utf8'),
    '.sealgate.yaml': `seal:\n  - { path: "sops/**", method: sops, age: [${ALICE.recipient}] }\n  - { path: "k8s/**", method: sealed-secrets, cert: prod.pem }\n`,
    'k8s/app.yaml': `# the app\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: app, namespace: shop}\ndata: {LOG_LEVEL: info}\n---\n${secretYaml('db', 'password', T.fixSeal.value, 'shop')}  extra: ${T.fixData.value}\n`,
    'sops/api.yaml': secretYaml('api', 'token', T.fixSops.value, 'shop'),
  });
  return r;
}

Sx('fix: the dry-run diff, the fix itself and scan --staged --fix show no plaintext; --dry-run --no-redact shows it', async () => {
  const r = fixRepo();
  try {
    const outputs: Output[] = [];
    const dry = await runCaptured('fix --dry-run', ['fix', '--dry-run'], r.dir);
    assert.is(dry.r.exitCode, 1, dry.r.stderr);
    assert.match(dry.r.stdout, /^[-+]/m, 'a diff');
    assert.is(dry.files.size, 0, 'a dry run writes nothing');
    outputs.push(...dry.outputs);
    const exact = await cli(['fix', '--dry-run', '--no-redact'], { cwd: r.dir });
    assert.ok(exact.stdout.includes(`-  password: ${T.fixSeal.value}`), '--no-redact shows the removed value: its purpose');
    assertNoLeak([{ label: 'fix --dry-run --no-redact stderr', text: exact.stderr }]);
    r.git('add', '-A');
    const staged = await runCaptured('scan --staged --fix', ['scan', '--staged', '--fix'], r.dir, { env: { HOME: r.dir } });
    assert.is(staged.r.exitCode, 1, staged.r.stderr);
    assert.ok(staged.files.has('k8s/app.yaml') && staged.files.has('sops/api.yaml'), 'both files fixed');
    outputs.push(...staged.outputs);
    r.git('checkout', '--', '.');
    const fixed = await runCaptured('fix', ['fix'], r.dir, { env: { HOME: r.dir } });
    assert.is(fixed.r.exitCode, 0, fixed.r.stdout + fixed.r.stderr);
    outputs.push(...fixed.outputs);
    const after = await runCaptured('scan after fix', ['scan', '--format', 'json'], r.dir, { env: { SOPS_AGE_KEY_FILE: ALICE.file } });
    outputs.push(...after.outputs);
    assertNoLeak(outputs);
  } finally {
    r.remove();
  }
});

// ---- sealing: seal, unseal, reseal, inspect, keygen ------------------------------------------------------

Sx('seal (stdout, -w, --merge-into, --raw), inspect and reseal show no plaintext; unseal shows it where asked', async () => {
  const dir = mkdtempSync(join(work, 'seal-'));
  writeFileSync(join(dir, 'secret.yaml'), secretYaml('db', 'password', T.seal.value));
  writeFileSync(join(dir, 'extra.yaml'), secretYaml('db', 'api-key', T.sealRaw.value));
  const outputs: Output[] = [];
  const step = async (label: string, argv: string[], stdin?: string) => {
    const r = await runCaptured(label, argv, dir, stdin === undefined ? {} : { stdin });
    assert.is(r.r.exitCode, 0, `${label}: ${r.r.stderr}`);
    return r;
  };
  outputs.push(...(await step('seal', ['seal', 'secret.yaml', '--cert', CERT])).outputs);
  outputs.push(...(await step('seal -w', ['seal', 'secret.yaml', '--cert', CERT, '-w', 'sealed.yaml'])).outputs);
  outputs.push(...(await step('seal --merge-into', ['seal', 'extra.yaml', '--merge-into', 'sealed.yaml', '--cert', CERT])).outputs);
  outputs.push(...(await step('seal --raw', ['seal', '--raw', '--name', 'db', '-n', 'apps', '--cert', CERT], T.sealRaw.value)).outputs);
  outputs.push(...(await step('seal --verify', ['seal', '--verify', 'sealed.yaml'])).outputs);
  outputs.push(...(await step('inspect', ['inspect', 'sealed.yaml', '--cert', CERT, '--format', 'json'])).outputs);
  outputs.push(...(await step('reseal', ['reseal', 'sealed.yaml', '--key', KEY, '--cert', CERT, '--in-place'])).outputs);
  const toSecret = (name: string) => outputs.filter((o) => !o.label.includes(name));
  assertNoLeak(toSecret('secret.yaml').concat(toSecret('extra.yaml')).filter((o) => !o.label.includes('wrote secret.yaml') && !o.label.includes('wrote extra.yaml')));

  const unsealed = await step('unseal', ['unseal', 'sealed.yaml', '--key', KEY, '-o', 'json']);
  const shown = Buffer.from(JSON.parse(unsealed.r.stdout).data.password, 'base64').toString('utf8');
  assert.is(shown, T.seal.value, 'unseal prints the Secret: its purpose');
  const toFile = await step('unseal -w', ['unseal', 'sealed.yaml', '--key', KEY, '-w', 'plain.yaml']);
  assert.is(toFile.r.stdout, '');
  assert.ok((toFile.files.get('plain.yaml') ?? '').includes(b64(T.seal)), 'unseal -w writes the Secret');
  assertNoLeak([{ label: 'unseal stderr', text: unsealed.r.stderr }, { label: 'unseal -w stderr', text: toFile.r.stderr }]);
});

Sx('keygen prints nothing of the key it writes', async () => {
  const dir = mkdtempSync(join(work, 'keygen-'));
  const r = await cli(['keygen', '--key-out', 'k.pem', '--cert-out', 'c.pem', '--bits', '2048', '--secret-out', 'k.yaml'], { cwd: dir });
  assert.is(r.exitCode, 0, r.stderr);
  const key = readFileSync(join(dir, 'k.pem'), 'utf8');
  const generated: Planted = { name: 'generated key', value: key, cores: key.split('\n').filter((l) => l && !l.startsWith('-----')) };
  assertNoLeak([{ label: 'keygen stdout', text: r.stdout }, { label: 'keygen stderr', text: r.stderr }, { label: 'keygen c.pem', text: readFileSync(join(dir, 'c.pem'), 'utf8') }], [generated]);
});

// ---- SOPS: encrypt, decrypt, rotate, updatekeys, sops-status ---------------------------------------------

Sx('encrypt (stdout, --output, -i), rotate, updatekeys and sops-status show no plaintext; decrypt shows it where asked', async () => {
  const dir = mkdtempSync(join(work, 'sops-'));
  const env = { SOPS_AGE_KEY_FILE: ALICE.file, HOME: dir };
  writeFileSync(join(dir, 'secret.yaml'), secretYaml('db', 'password', T.encrypt.value));
  writeFileSync(join(dir, 'app.env'), `API_SECRET=${T.encryptEnv.value}\n`);
  writeFileSync(join(dir, '.sops.yaml'), `creation_rules:\n  - age: ${ALICE.recipient}\n`);
  const step = async (label: string, argv: string[]) => {
    const r = await runCaptured(label, argv, dir, { env });
    assert.is(r.r.exitCode, 0, `${label}: ${r.r.stderr}`);
    return r;
  };
  const quiet: Output[] = [];
  quiet.push(...(await step('encrypt', ['encrypt', 'secret.yaml'])).outputs);
  quiet.push(...(await step('encrypt --output', ['encrypt', 'app.env', '--output', 'app.enc.env'])).outputs);
  quiet.push(...(await step('encrypt -i', ['encrypt', '-i', 'secret.yaml'])).outputs);
  quiet.push(...(await step('rotate -i', ['rotate', '-i', 'secret.yaml'])).outputs);
  quiet.push(...(await step('rotate', ['rotate', 'app.enc.env'])).outputs);
  writeFileSync(join(dir, '.sops.yaml'), `creation_rules:\n  - age: ${ALICE.recipient},${ageRecipient}\n`);
  quiet.push(...(await step('updatekeys', ['updatekeys', 'secret.yaml'])).outputs);
  quiet.push(...(await step('updatekeys -y', ['updatekeys', 'secret.yaml', '-y'])).outputs);
  quiet.push(...(await step('sops-status', ['sops-status', 'secret.yaml'])).outputs);
  const scanEnc = await runCaptured('scan (identity set, MAC verified)', ['scan', '--format', 'json', '.'], dir, { env });
  assert.ok(scanEnc.r.exitCode === 0 || scanEnc.r.exitCode === 1, scanEnc.r.stderr);
  quiet.push(...scanEnc.outputs);
  // The encrypted files are checked, the plaintext inputs were the command's input.
  assertNoLeak(quiet.filter((o) => !o.label.endsWith('wrote .sops.yaml')));
  assertNoLeak([{ label: 'secret.yaml (encrypted in place)', text: readFileSync(join(dir, 'secret.yaml'), 'utf8') }]);

  const decrypted = await step('decrypt', ['decrypt', 'secret.yaml']);
  assert.ok(decrypted.r.stdout.includes(T.encrypt.value), 'decrypt prints the plaintext: its purpose');
  const extracted = await step('decrypt --extract', ['decrypt', 'app.enc.env', '--extract', '["API_SECRET"]']);
  assert.is(extracted.r.stdout.trim(), T.encryptEnv.value);
  const inPlace = await step('decrypt -i', ['decrypt', '-i', 'secret.yaml']);
  assert.ok((inPlace.files.get('secret.yaml') ?? '').includes(T.encrypt.value), 'decrypt -i writes the plaintext');
  assert.is(inPlace.r.stdout, '');
  assertNoLeak([decrypted, extracted, inPlace].map((d, i) => ({ label: `decrypt #${i} stderr`, text: d.r.stderr })));
});

// ---- errors from bad input --------------------------------------------------------------------------------

/** Inputs a command rejects, each holding a planted secret where a parser error would quote it. */
function badInputs(dir: string): Array<{ label: string; argv: string[]; env?: Record<string, string>; stdin?: string }> {
  const w = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const pw = T.seal.value;
  return [
    { label: 'seal: unterminated YAML string', argv: ['seal', w('a.yaml', `apiVersion: v1\nkind: Secret\nmetadata: {name: a, namespace: b}\nstringData:\n  password: "${pw}\n  x: [\n`), '--cert', CERT] },
    { label: 'seal: broken JSON', argv: ['seal', w('a.json', `{"apiVersion": "v1", "kind": "Secret", "stringData": {"password": ${pw}}}`), '--cert', CERT] },
    { label: 'seal: data that is not base64', argv: ['seal', w('b.yaml', `apiVersion: v1\nkind: Secret\nmetadata: {name: a, namespace: b}\ndata:\n  password: ${pw}!!\n`), '--cert', CERT] },
    { label: 'seal: not a Secret', argv: ['seal', w('c.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  password: ${pw}\n`), '--cert', CERT] },
    { label: 'seal: a private key given as the certificate', argv: ['seal', w('d.yaml', secretYaml('a', 'k', 'v')), '--cert', w('key-as-cert.pem', S.pem.value)] },
    { label: 'seal: a certificate URL with credentials that fails', argv: ['seal', join(dir, 'd.yaml'), '--cert', `http://admin:${pw}@127.0.0.1:9/cert.pem`] },
    { label: 'seal --raw: a value but no certificate file', argv: ['seal', '--raw', '--name', 'a', '-n', 'b', '--cert', join(dir, 'missing.pem')], stdin: pw },
    { label: 'unseal: a damaged key file', argv: ['unseal', join(dir, 'd.yaml'), '--key', w('bad-key.pem', S.pem.value.replace(/\n(.{10})/, '\n$1!!'))] },
    { label: 'unseal: a key that opens nothing', argv: ['unseal', w('e.yaml', sealedFor()), '--key', w('other-key.pem', S.pem.value)] },
    { label: 'inspect: a Secret, not a SealedSecret', argv: ['inspect', w('f.yaml', secretYaml('a', 'password', pw))] },
    { label: 'encrypt: broken JSON', argv: ['encrypt', w('g.json', `{"password": "${pw}", "x": }`), '--age', ALICE.recipient] },
    { label: 'encrypt: broken YAML', argv: ['encrypt', w('h.yaml', `password: "${pw}\nx: [\n`), '--age', ALICE.recipient] },
    { label: 'encrypt: broken INI', argv: ['encrypt', w('i.ini', `[s]\npassword ${pw}\n`), '--age', ALICE.recipient] },
    { label: 'encrypt: a recipient that is an identity', argv: ['encrypt', w('j.yaml', `password: x\n`), '--age', S.age.value] },
    { label: 'decrypt: an identity that is not the recipient', argv: ['decrypt', join(dir, 'enc.yaml')], env: { SOPS_AGE_KEY: S.age.value, HOME: dir } },
    { label: 'decrypt: a damaged identity', argv: ['decrypt', join(dir, 'enc.yaml')], env: { SOPS_AGE_KEY: `${S.age.value.slice(0, -3)}qqq`, HOME: dir } },
    { label: 'decrypt: an identity file of garbage', argv: ['decrypt', join(dir, 'enc.yaml')], env: { SOPS_AGE_KEY_FILE: w('keys.txt', `${pw}\n`), HOME: dir } },
    { label: 'decrypt: a tampered file (MAC mismatch)', argv: ['decrypt', join(dir, 'tampered.yaml')], env: { SOPS_AGE_KEY_FILE: ALICE.file, HOME: dir } },
    { label: 'scan: a config file with a YAML error', argv: ['scan', '--config', w('bad.sealgate.yaml', `failOn: low\nallow:\n  regexes: ["${pw}\n  x: [\n`), dir] },
    { label: 'scan: a config file with broken JSON', argv: ['scan', '--config', w('bad.sealgate.json', `{"allow": {"regexes": ["${pw}", }`), dir] },
    { label: 'scan: a config regex that does not compile', argv: ['scan', '--config', w('re.sealgate.yaml', `allow:\n  regexes: ["${pw}(("]\n`), dir] },
    { label: 'scan --baseline: a broken baseline', argv: ['scan', '--baseline', w('broken-baseline.json', `{"version": 1, "entries": [${pw}`), dir] },
  ];
}

let sealedDoc = '';
const sealedFor = () => sealedDoc;

Sx('bad input: one line on stderr, exit 2, never a planted secret — and with --debug, a loud warning first', async () => {
  const dir = mkdtempSync(join(work, 'bad-'));
  const sealed = await cli(['seal', '-', '--cert', CERT], { stdin: secretYaml('e', 'k', 'not-planted-value-123') });
  sealedDoc = sealed.stdout;
  const enc = await cli(['encrypt', '-', '--filename-override', 'enc.yaml', '--age', ALICE.recipient], { stdin: `password: ${T.encrypt.value}\nother: ${T.encryptEnv.value}\n` });
  assert.is(enc.exitCode, 0, enc.stderr);
  writeFileSync(join(dir, 'enc.yaml'), enc.stdout);
  writeFileSync(join(dir, 'tampered.yaml'), enc.stdout.replace(/(other: ENC\[AES256_GCM,data:)(.)/, (_m, a: string, c: string) => `${a}${c === 'A' ? 'B' : 'A'}`));
  const outputs: Output[] = [];
  let debugged = 0;
  for (const c of badInputs(dir)) {
    const opts = { cwd: dir, ...(c.env ? { env: c.env } : {}), ...(c.stdin !== undefined ? { stdin: c.stdin } : {}) };
    const r = await cli(c.argv, opts);
    assert.is(r.exitCode, 2, `${c.label}: exit ${r.exitCode}\n${r.stdout}${r.stderr}`);
    assert.is(r.stderr.trimEnd().split('\n').length, 1, `${c.label}: one line, got ${r.stderr}`);
    assert.match(r.stderr, /^sealgate: /, c.label);
    outputs.push({ label: `${c.label} stdout`, text: r.stdout }, { label: `${c.label} stderr`, text: r.stderr });
    // --debug may print more (a cause's stack, which can quote input), but then it says so loudly.
    const debug = await cli([...c.argv, '--debug'], opts);
    assert.is(debug.exitCode, 2, c.label);
    if (debug.stderr.trimEnd().split('\n').length > 1) {
      assert.ok(debug.stderr.trimEnd().endsWith(DEBUG_WARNING + ' from the scanned files.'), `${c.label} --debug: no warning:\n${debug.stderr}`);
      debugged++;
    } else {
      assertNoLeak([{ label: `${c.label} --debug`, text: debug.stderr }]);
    }
  }
  assertNoLeak(outputs);
  assert.ok(debugged > 0, 'some error carries a cause that --debug prints');
});

// ---- no plaintext in temp files ---------------------------------------------------------------------------

Sx('no plaintext reaches TMPDIR or a stray file: seal -w, --merge-into, reseal, encrypt -i/--output, rotate -i, updatekeys -y, decrypt -i, fix', () => {
  const tmp = mkdtempSync(join(work, 'tmpdir-'));
  const dir = mkdtempSync(join(work, 'inplace-'));
  const env = { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp, SOPS_AGE_KEY_FILE: ALICE.file, HOME: dir };
  writeFileSync(join(dir, 'secret.yaml'), secretYaml('db', 'password', T.seal.value));
  writeFileSync(join(dir, 'extra.yaml'), secretYaml('db', 'api-key', T.sealRaw.value));
  writeFileSync(join(dir, 'sops.yaml'), secretYaml('db', 'password', T.encrypt.value));
  writeFileSync(join(dir, '.sops.yaml'), `creation_rules:\n  - age: ${ALICE.recipient}\n`);
  const steps: Array<[string[], string[]]> = [
    [['seal', 'secret.yaml', '--cert', CERT, '-w', 'sealed.yaml'], ['sealed.yaml']],
    [['seal', 'extra.yaml', '--merge-into', 'sealed.yaml', '--cert', CERT], ['sealed.yaml']],
    [['reseal', 'sealed.yaml', '--key', KEY, '--cert', CERT, '--in-place'], ['sealed.yaml']],
    [['encrypt', 'sops.yaml', '--output', 'copy.enc.yaml'], ['copy.enc.yaml']],
    [['encrypt', '-i', 'sops.yaml'], ['sops.yaml']],
    [['rotate', '-i', 'sops.yaml'], ['sops.yaml']],
    [['updatekeys', '-y', 'sops.yaml'], []],
  ];
  const sealedAndEncrypted: string[] = [];
  for (const [argv, writes] of steps) {
    const before = snapshot(dir);
    const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: dir, env, encoding: 'utf8' });
    assert.is(r.status, 0, `${argv.join(' ')}: ${r.stderr}`);
    const touched = [...changed(before, snapshot(dir)).keys()];
    assert.equal(touched.filter((f) => !writes.includes(f)), [], `${argv.join(' ')} wrote only ${writes.join(', ')}`);
    assert.equal(readdirSync(tmp), [], `${argv.join(' ')} left nothing in TMPDIR`);
    for (const f of writes) sealedAndEncrypted.push(readFileSync(join(dir, f), 'utf8'));
  }
  assertNoLeak(sealedAndEncrypted.map((text, i) => ({ label: `in-place result #${i}`, text })));
  const before = snapshot(dir);
  const r = spawnSync(process.execPath, [BIN, 'decrypt', '-i', 'sops.yaml'], { cwd: dir, env, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  assert.equal([...changed(before, snapshot(dir)).keys()], ['sops.yaml'], 'decrypt -i writes only its file');
  assert.equal(readdirSync(tmp), []);

  const fixing = fixRepo();
  try {
    const beforeFix = snapshot(fixing.dir);
    const fixed = spawnSync(process.execPath, [BIN, 'fix'], { cwd: fixing.dir, env: { ...env, HOME: fixing.dir }, encoding: 'utf8' });
    assert.is(fixed.status, 0, fixed.stdout + fixed.stderr);
    const touched = changed(beforeFix, snapshot(fixing.dir));
    assert.equal([...touched.keys()].sort(), ['k8s/app.yaml', 'sops/api.yaml'], 'fix writes only the files it fixes');
    assert.equal(readdirSync(tmp), [], 'fix left nothing in TMPDIR');
    assertNoLeak([...touched].map(([p, text]) => ({ label: `fix wrote ${p}`, text })));
  } finally {
    fixing.remove();
  }
});

Sx.run();
