// sealgate audit over a fixture GitOps repository with a year of back-dated history: the exact overdue
// secrets and policy findings, the checklist, golden Markdown and HTML, and the CLI.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { AuditReport } from '../src/findings/audit-report.ts';
import { auditReporterFor, AUDIT_FORMATS } from '../src/reporters/audit-reporter.ts';
import { cli } from './helpers/cli.ts';
import { assertGolden } from './helpers/golden.ts';
import { AUDIT_NOW, buildGitopsRepo, PLANTED_PASSWORD } from './helpers/gitops-repo.ts';
import { htmlProblems } from './helpers/html.ts';
import type { TempRepo } from './helpers/repo.ts';

// The pipeline reaches execa (ESM only), which uvu's require() cannot load: import it dynamically.
const pipeline = () => import('../src/pipeline/audit.ts');
const ctx = { version: '0.0.0-test' };

const A = suite('audit');
let repo: TempRepo;
let report: AuditReport;

A.before(async () => {
  repo = buildGitopsRepo();
  report = await (await pipeline()).audit({ cwd: repo.dir, now: AUDIT_NOW, name: 'gitops' });
});
A.after(() => repo.remove());

A('exactly the expected secrets are overdue, aged by the last commit that changed their ciphertext', () => {
  const rows = report.secrets.map((s) => `${s.name} ${s.key ?? '(sops)'} ${s.changed?.slice(0, 10)} ${s.ageDays} ${s.overdue ? 'overdue' : 'ok'}${s.commit ? '' : ' no-commit'}`);
  assert.equal(rows, [
    'apps/web-env DATABASE_URL 2026-01-10 323 overdue',
    'apps/worker password 2026-03-01 273 overdue', // the 2026-10-20 re-format did not change the ciphertext
    'platform/db (sops) 2026-05-01 212 overdue no-commit', // sops.lastmodified, not the commit date
    'apps/aws-creds AWS_ACCESS_KEY_ID 2026-09-15 75 ok',
    'apps/web-env API_TOKEN 2026-10-01 59 ok',
    'apps/aws-creds AWS_SECRET_ACCESS_KEY 2026-11-29 0 ok no-commit', // changed in the working tree
  ]);
});

A('exactly the expected policy findings', () => {
  const policy = report.findings.filter((f) => f.category === 'policy').map((f) => `${f.ruleId} ${f.severity} ${f.file}:${f.line}`).sort();
  assert.equal(policy, [
    'automount-token low clusters/prod/apps/worker/deployment.yaml:11',
    'envfrom-secret-without-reload low clusters/prod/apps/web/deployment.yaml:14',
    'externalsecret-no-refresh low clusters/prod/apps/api/externalsecret.yaml:7',
    'mixed-secret-tooling info clusters/prod/apps/api/externalsecret.yaml:4',
    'rbac-broad-secret-access high clusters/prod/platform/rbac.yaml:13',
    'rbac-broad-secret-access high clusters/prod/platform/rbac.yaml:6',
    'secret-rotation-overdue medium clusters/prod/apps/web/sealed-secret.yaml:8',
    'secret-rotation-overdue medium clusters/prod/apps/worker/sealed-secret.yaml:9',
    'secret-rotation-overdue medium clusters/prod/platform/db.enc.yaml:15',
    'static-cloud-credentials low clusters/prod/apps/worker/deployment.yaml:21',
  ]);
  assert.ok(report.findings.some((f) => f.ruleId === 'k8s-secret-plaintext' && f.file.endsWith('legacy-secret.yaml')), 'the normal scanners run too');
  assert.is(report.findings[0]?.severity, 'high', 'worst first');
});

A('four sections in order, each line ticked from the facts, and the manual checks', () => {
  assert.equal(report.sections.map((s) => s.id), ['storage', 'rotation', 'injection', 'audit']);
  const status = Object.fromEntries(report.sections.flatMap((s) => s.items).map((i) => [i.id, i.status]));
  assert.equal(status, {
    'no-plaintext': 'fail',
    'one-secret-tool': 'fail',
    'rotation-within-limit': 'fail',
    'externalsecrets-refresh': 'fail',
    'rotation-reaches-pods': 'fail',
    'workload-identity': 'fail',
    'automount-off': 'fail',
    'no-broad-secret-rbac': 'fail',
  });
  assert.equal(report.facts.injection, {
    envFrom: 2,
    secretKeyRef: 1,
    volumes: 1,
    envWorkloads: 2,
    reloaderCovered: 1,
    identities: [{ name: 'apps/web', provider: 'aws', file: 'clusters/prod/apps/web/serviceaccount.yaml' }],
    staticKeys: [{ workload: 'Deployment apps/worker', provider: 'aws', env: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'], file: 'clusters/prod/apps/worker/deployment.yaml', identityAvailable: false }],
  });
  assert.equal(report.facts.audit, { podTemplates: 3, automountOff: 2, serviceAccounts: 1, serviceAccountsAutomountOff: 1, broadRoles: 1, broadBindings: 1, clusterWideBindings: 1 });
  assert.equal(report.facts.tooling, { sealedSecrets: 3, sealedKeys: 5, sopsFiles: 1, externalSecrets: 1, plainSecrets: 2 });
  assert.ok(report.manual.length >= 4 && report.manual.every((i) => i.status === 'manual'));
  assert.ok(report.manual.some((i) => /etcd/.test(i.label)) && report.manual.some((i) => /audit log/i.test(i.label)));
});

A('a longer limit ticks the rotation line', async () => {
  const relaxed = await (await pipeline()).audit({ cwd: repo.dir, now: AUDIT_NOW, maxSecretAgeDays: 400 });
  const line = relaxed.sections[1]?.items.find((i) => i.id === 'rotation-within-limit');
  assert.is(line?.status, 'pass');
  assert.is(relaxed.secrets.filter((s) => s.overdue).length, 0);
});

A('markdown matches its golden file', () => {
  assertGolden(auditReporterFor('markdown')(report, ctx), new URL('fixtures/audit/gitops.md', import.meta.url));
});

A('html matches its golden file', () => {
  assertGolden(auditReporterFor('html')(report, ctx), new URL('fixtures/audit/gitops.html', import.meta.url));
});

A('no format contains a secret or a ciphertext', () => {
  for (const format of AUDIT_FORMATS) {
    const out = auditReporterFor(format)(report, ctx);
    assert.not.ok(out.includes(PLANTED_PASSWORD), `${format} leaked the password`);
    assert.not.ok(/AgB[A-Za-z0-9+/]{40}/.test(out), `${format} shows a sealed value`);
  }
});

A('json is the AuditReport itself', () => {
  const parsed = JSON.parse(auditReporterFor('json')(report, ctx));
  assert.is(parsed.version, 1);
  assert.equal(Object.keys(parsed), ['version', 'generatedAt', 'target', 'maxSecretAgeDays', 'sections', 'manual', 'secrets', 'facts', 'findings', 'summary']);
  assert.is(parsed.generatedAt, '2026-11-29T12:00:00.000Z');
});

A('html is well-formed, self-contained (no network), with an SVG chart and print CSS', () => {
  const html = auditReporterFor('html')(report, ctx);
  assert.equal(htmlProblems(html), []);
  assert.not.match(html, /https?:|\/\/[a-z]|url\(|@import|<script|<link|\bsrc=|\bhref=/i);
  assert.match(html, /<svg class="ages"[\s\S]*<rect class="bar overdue"[\s\S]*<\/svg>/);
  assert.match(html, /@media print\{/);
  assert.match(html, /@page\{size:A4/);
  assert.equal(htmlProblems('<p>a < b</p>'), ["bare '<' at 5"], 'the checker itself catches an unescaped <');
  assert.ok(htmlProblems('<div><p></div>').length > 0, 'and mis-nesting');
});

A('html renders in headless Chromium on one printed page (skipped when Chromium is not installed)', () => {
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!chromium) return;
  const file = join(repo.dir, 'report.html');
  const pdf = join(repo.dir, 'report.pdf');
  writeFileSync(file, auditReporterFor('html')(report, ctx));
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${file}`];
  execFileSync(chromium, args, { stdio: 'ignore', timeout: 60_000 });
  const pages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.is(pages, 1, 'printed pages');
});

A('sealgate audit writes each format, and --output names the file', async () => {
  const md = await cli(['audit', repo.dir], { cwd: repo.dir });
  assert.is(md.exitCode, 0, md.stderr);
  assert.match(md.stdout, /^# Secret governance report: /);
  const out = await cli(['audit', '--format', 'html', '--output', 'r.html', '--max-age', '400d', '--name', 'prod'], { cwd: repo.dir });
  assert.is(out.exitCode, 0, out.stderr);
  assert.match(out.stdout, /^wrote r\.html: \d+ of 8 checks ticked, \d+ findings, 5 manual checks\n$/);
  const html = readFileSync(join(repo.dir, 'r.html'), 'utf8');
  assert.match(html, /<title>Secret governance report: prod<\/title>/);
  assert.match(html, /maximum secret age 400 days/);
  const json = await cli(['audit', '--format', 'json'], { cwd: repo.dir });
  assert.is(JSON.parse(json.stdout).version, 1);
});

A('sealgate audit usage errors exit 2 with one line', async () => {
  for (const argv of [['audit', '--format', 'xml'], ['audit', '--max-age', 'soon'], ['audit', 'a', 'b']]) {
    const r = await cli(argv, { cwd: repo.dir });
    assert.is(r.exitCode, 2, argv.join(' '));
    assert.is(r.stderr.trim().split('\n').length, 1);
  }
});

A('progress goes to io.progress on a TTY only, and is cleared at the end', async () => {
  const { run } = await import('../src/cli/main.ts');
  const lines: string[] = [];
  const io = { cwd: repo.dir, env: {}, stdoutIsTTY: false, stderrIsTTY: true, readStdin: async () => '', progress: (l: string) => lines.push(l) };
  const r = await run(['audit', '--format', 'json'], io);
  assert.is(r.exitCode, 0, r.stderr);
  assert.ok(lines.some((l) => /files scanned/.test(l)));
  assert.ok(lines.some((l) => /Git history of 3 sealed-secret files/.test(l)));
  assert.is(lines[lines.length - 1], '');
  const quiet: string[] = [];
  await run(['audit', '--format', 'json'], { ...io, stderrIsTTY: false, progress: (l: string) => quiet.push(l) });
  assert.equal(quiet, []);
});

A('scan --policy reports the policy findings; a plain scan does not', async () => {
  const withPolicy = await cli(['scan', '--policy', '--format', 'json'], { cwd: repo.dir });
  const rules = new Set(JSON.parse(withPolicy.stdout).findings.map((f: { ruleId: string }) => f.ruleId));
  assert.ok(rules.has('secret-rotation-overdue') && rules.has('rbac-broad-secret-access'));
  const plain = await cli(['scan', '--format', 'json'], { cwd: repo.dir });
  assert.not.ok(JSON.parse(plain.stdout).findings.some((f: { category: string }) => f.category === 'policy'));
});

A.run();
