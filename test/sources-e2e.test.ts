// The sources end to end: through scan() (src/pipeline/scan.ts) and through the CLI, asserting on what
// gets scanned (summary.files), what is skipped (notes, summary.skipped) and the added-lines rule.
import { closeSync, ftruncateSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultConfig } from '../src/config/config.ts';
import { scan } from '../src/pipeline/scan.ts';
import { builtinCredentialRules } from '../src/scanners/credentials/rules/index.ts';
import { stdinDiffSource, stdinSource } from '../src/sources/index.ts';
import { cli } from './helpers/cli.ts';
import { TempRepo } from './helpers/repo.ts';
import { addedOf, collect } from './helpers/sources.ts';

const E = suite('sources/end-to-end');
const MB = 1024 * 1024;

/** Two distinct lines the credential scanner must report (the age-secret-key rule's own true positives). */
function credentialLines(): [string, string] {
  const rule = builtinCredentialRules().find((r) => r.id === 'age-secret-key');
  const keys = (rule?.tps ?? []).map((tp) => /AGE-SECRET-KEY-1[0-9A-Z]+/.exec(typeof tp === 'string' ? tp : tp.text)?.[0]);
  assert.ok(keys[0] && keys[1], 'the age-secret-key rule and its true positives exist');
  return [`OLD_KEY=${keys[0]}`, `NEW_KEY=${keys[1]}`];
}

let repo: TempRepo;
E.before.each(() => {
  repo = new TempRepo();
});
E.after.each(() => repo.remove());

E('staged through scan(): files counted, binary and too-large files noted and counted as skipped', async () => {
  repo.commit('init', { 'app.yaml': 'a: 1\n' });
  repo.write({ 'app.yaml': 'a: 1\nb: 2\n', 'new.yaml': 'n: 1\n', 'pic.yaml': Buffer.from([0, 1, 2]), 'big.yaml': `x: ${'y'.repeat(2000)}\n` });
  repo.git('add', '-A');
  const report = await scan({ cwd: repo.dir, staged: true, config: { ...defaultConfig(), maxFileSize: 1000 } });
  assert.is(report.summary.files, 2);
  assert.is(report.summary.bytes, 'a: 1\nb: 2\n'.length + 'n: 1\n'.length);
  assert.is(report.summary.skipped, 2);
  assert.equal(
    report.notes.map((n) => [n.file, n.kind, n.message]),
    [
      ['big.yaml', 'skipped', 'larger than the size limit, not scanned (2004 bytes, limit 1000)'],
      ['pic.yaml', 'skipped', 'binary file, not scanned'],
    ],
  );
});

E('staged: a credential already committed is not reported again, the one the change adds is', async () => {
  const [oldLine, newLine] = credentialLines();
  repo.commit('init', { 'secrets.env': `${oldLine}\nA=1\n` });
  repo.write({ 'secrets.env': `${oldLine}\nA=1\n${newLine}\n` }).git('add', '-A');
  const report = await scan({ cwd: repo.dir, staged: true });
  assert.equal(report.findings.map((f) => [f.ruleId, f.file, f.line]), [['age-secret-key', 'secrets.env', 3]]);
  const whole = await scan({ cwd: repo.dir, paths: ['secrets.env'] });
  assert.equal(whole.findings.map((f) => f.line), [1, 3], 'the working tree scan sees both');
});

E('staged, with the manifest detectors: an old Secret next to a touched Deployment is not reported, a new one is', async () => {
  const secret = (name: string, value: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\nstringData:\n  password: ${value}\n`;
  const deployment = (replicas: number) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${replicas}\n`;
  repo.commit('init', { 'app.yaml': `${secret('old', 'Old-Pa55word-9x')}---\n${deployment(1)}` });
  repo.write({ 'app.yaml': `${secret('old', 'Old-Pa55word-9x')}---\n${deployment(3)}` }).git('add', '-A');
  const touched = await scan({ cwd: repo.dir, staged: true });
  assert.is(touched.summary.files, 1);
  assert.equal(touched.findings, []);
  const whole = await scan({ cwd: repo.dir, paths: ['app.yaml'] });
  assert.equal(whole.findings.map((f) => [f.ruleId, f.kubernetes?.name]), [['k8s-secret-plaintext', 'old']], 'the old Secret is there');

  repo.git('commit', '-qm', 'scale');
  repo.write({ 'app.yaml': `${secret('old', 'Old-Pa55word-9x')}---\n${deployment(3)}---\n${secret('new', 'New-Pa55word-7y')}` }).git('add', '-A');
  const added = await scan({ cwd: repo.dir, staged: true });
  assert.equal(added.findings.map((f) => [f.ruleId, f.kubernetes?.name, f.line]), [['k8s-secret-plaintext', 'new', 20]]);
});

E('range through the CLI: the finding carries the commit that added it, even though a later commit removed it', async () => {
  const [, newLine] = credentialLines();
  const base = repo.commit('base', { 'ci.env': 'A=1\n' });
  const leak = repo.commit('add key', { 'ci.env': `A=1\n${newLine}\n` });
  repo.commit('remove key', { 'ci.env': 'A=1\n' });
  const r = await cli(['scan', '--range', `${base}..HEAD`, '--format', 'json'], { cwd: repo.dir });
  assert.is(r.exitCode, 1, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.is(report.summary.files, 1);
  assert.equal(report.findings.map((f: { line: number; commit: string }) => [f.line, f.commit]), [[2, leak]]);
  assert.is(report.findings[0].author, 'Test');
});

E('working tree through the CLI: a 50 MB file and a binary .yaml are notes; the rest is scanned', async () => {
  repo.commit('init', { 'ok.yaml': 'a: 1\n' });
  const fd = openSync(join(repo.dir, 'huge.yaml'), 'w');
  ftruncateSync(fd, 50 * MB);
  closeSync(fd);
  repo.write({ 'bin.yaml': Buffer.from([0x6b, 0, 0x3a]) });
  const r = await cli(['scan', '--format', 'json'], { cwd: repo.dir });
  assert.is(r.exitCode, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.is(report.summary.files, 1);
  assert.is(report.summary.skipped, 2);
  assert.equal(
    report.notes.map((n: { file: string; message: string }) => [n.file, n.message]),
    [
      ['bin.yaml', 'binary file, not scanned'],
      ['huge.yaml', `larger than the size limit, not scanned (${50 * MB} bytes, limit ${10 * MB})`],
    ],
  );
  const text = await cli(['scan'], { cwd: repo.dir });
  assert.match(text.stdout, /huge\.yaml/, 'the text report shows skipped files too');
});

E('stdin --diff through the CLI: added lines of a piped diff, at their line numbers', async () => {
  const [oldLine, newLine] = credentialLines();
  repo.commit('init', { 'deploy/app.env': `${oldLine}\nA=1\n` });
  repo.write({ 'deploy/app.env': `${oldLine}\nA=1\n${newLine}\n` });
  const diff = repo.git('diff');
  const r = await cli(['scan', '-', '--diff', '--format', 'json'], { cwd: repo.dir, stdin: diff });
  assert.is(r.exitCode, 1, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.is(report.summary.files, 1);
  assert.equal(report.findings.map((f: { file: string; line: number }) => [f.file, f.line]), [['deploy/app.env', 3]]);
});

E('stdin --diff: rebuilt text has the known lines in place and blanks elsewhere; commit info from git show', async () => {
  repo.commit('init', { 'a.yaml': '1\n2\n3\n4\n5\n6\n7\n8\n9\n' });
  repo.commit('Change line 8', { 'a.yaml': '1\n2\n3\n4\n5\n6\n7\neight\n9\nten\n' });
  const { targets } = await collect(stdinDiffSource(repo.git('show'), { cwd: repo.dir, maxFileSize: MB }));
  assert.is(targets.length, 1);
  assert.is(targets[0]?.content, '\n\n\n\n5\n6\n7\neight\n9\nten\n');
  assert.equal(addedOf(targets[0]), [8, 10]);
  assert.is(targets[0]?.commit?.message, 'Change line 8');
  assert.is(targets[0]?.commit?.author, 'Test');
  assert.match(targets[0]?.commit?.date ?? '', /^\d{4}-\d\d-\d\dT/);
});

E('stdin --diff: deleted files give nothing, binary files a note, non-diffs an error, empty input nothing', async () => {
  repo.commit('init', { 'gone.yaml': 'g: 1\n', 'pic.bin': Buffer.from([1, 0]) });
  repo.git('rm', '-q', 'gone.yaml');
  repo.write({ 'pic.bin': Buffer.from([2, 0]) }).git('add', '-A');
  const source = stdinDiffSource(repo.git('diff', '--cached'), { cwd: repo.dir, maxFileSize: MB });
  const { targets, notes } = await collect(source);
  assert.equal([targets.length, notes.map((n) => [n.path, n.reason])], [0, [['pic.bin', 'binary']]]);
  const r = await cli(['scan', '-', '--diff'], { stdin: 'just some text\nnot a diff\n' });
  assert.is(r.exitCode, 2);
  assert.is(r.stderr, 'sealgate: -: stdin is not a unified diff (no "diff --git" or "---"/"+++" file headers)\n');
  const empty = await cli(['scan', '-', '--diff', '--format', 'json'], { stdin: '' });
  assert.is(empty.exitCode, 0, empty.stderr);
  assert.is(JSON.parse(empty.stdout).summary.files, 0);
});

E('stdin --diff: a hunk claiming a line far away is a too-large note, not a giant allocation', async () => {
  const diff = 'diff --git a/x.yaml b/x.yaml\n--- a/x.yaml\n+++ b/x.yaml\n@@ -0,0 +999999999 @@\n+k: v\n';
  const { targets, notes } = await collect(stdinDiffSource(diff, { cwd: '.', maxFileSize: 10 * MB }));
  assert.equal(targets, []);
  assert.equal(notes, [{ path: 'x.yaml', reason: 'too-large', detail: `1000000003 bytes, limit ${10 * MB}` }]);
});

E('stdin: binary and too-large text are notes, like files', async () => {
  const bin = await collect(stdinSource('a\0b', 'x.yaml', { cwd: '.', maxFileSize: MB }));
  assert.equal([bin.targets, bin.notes], [[], [{ path: 'x.yaml', reason: 'binary' }]]);
  const big = await collect(stdinSource('x'.repeat(20), '-', { cwd: '.', maxFileSize: 10 }));
  assert.equal(big.notes, [{ path: '-', reason: 'too-large', detail: '20 bytes, limit 10' }]);
  const bom = await collect(stdinSource('\ufeffa: 1\n', '-', { cwd: '.', maxFileSize: 10 }));
  assert.is(bom.targets[0]?.content, 'a: 1\n');
});

E('CLI errors of the sources are one line with exit 2', async () => {
  repo.commit('init', { 'a.yaml': 'a: 1\n' });
  const cases: [string[], RegExp][] = [
    [['scan', '--diff'], /^sealgate: --diff applies to stdin: sealgate scan - --diff\n$/],
    [['scan', '-', '--diff', '--stdin-name', 'x'], /^sealgate: --stdin-name cannot be combined with --diff/],
    [['scan', '--range', 'nope..HEAD'], /^sealgate: --range nope\.\.HEAD: bad revision 'nope\.\.HEAD'\n$/],
    [['scan', '--range', 'HEAD'], /^sealgate: --range: expected BASE\.\.HEAD or BASE\.\.\.HEAD, got 'HEAD'\n$/],
    [['scan', 'missing.yaml'], /^sealgate: missing\.yaml: no such file or directory\n$/],
  ];
  for (const [argv, want] of cases) {
    const r = await cli(argv, { cwd: repo.dir, stdin: '' });
    assert.is(r.exitCode, 2, argv.join(' '));
    assert.match(r.stderr, want);
  }
  const plain = new TempRepo({ git: false });
  try {
    const r = await cli(['scan', '--staged'], { cwd: plain.dir });
    assert.is(r.stderr, `sealgate: --staged needs a git repository, and ${plain.dir} is not in one (the commit is blocked: fix this, or bypass consciously with 'git commit --no-verify')\n`);
  } finally {
    plain.remove();
  }
});

E('--help documents --diff', async () => {
  const r = await cli(['scan', '--help']);
  assert.match(r.stdout, /--diff\s+with -: stdin is a unified diff/);
});

E.run();
