// Faults, made real (no fault-injection switch in the product): a missing object behind a staged file, a
// corrupted index, git missing from PATH. The hook and `scan --staged` fail closed — exit 2, the commit
// blocked, one line saying how to bypass consciously — and every other command says what is missing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cli } from './helpers/cli.ts';
import { TempRepo } from './helpers/repo.ts';

const BIN = new URL('../bin/sealgate.js', import.meta.url).pathname;
const BYPASS = /the commit is blocked: fix this, or bypass consciously with 'git commit --no-verify'/;
const F = suite('faults fail closed');

function oneLine(stderr: string): void {
  assert.is(stderr.trimEnd().split('\n').length, 1, stderr);
  assert.match(stderr, /^sealgate: /);
}

/** A repo with one commit and a staged file whose blob was then deleted from the object store. */
function repoWithLostBlob(): TempRepo {
  const repo = new TempRepo();
  repo.commit('base', { 'README.md': '# x\n' });
  repo.write({ 'app.yaml': 'kind: ConfigMap\n' });
  repo.git('add', 'app.yaml');
  const blob = repo.git('rev-parse', ':app.yaml').trim();
  unlinkSync(repo.path(`.git/objects/${blob.slice(0, 2)}/${blob.slice(2)}`));
  return repo;
}

F('scan --staged with a staged blob missing from the object store: exit 2, one line, how to bypass', async () => {
  const repo = repoWithLostBlob();
  try {
    const r = await cli(['scan', '--staged'], { cwd: repo.dir });
    assert.is(r.exitCode, 2, r.stdout + r.stderr);
    oneLine(r.stderr);
    assert.match(r.stderr, BYPASS);
    assert.is(r.stdout, '');
  } finally {
    repo.remove();
  }
});

F('the installed hook blocks the commit on the same fault, and says how to bypass', () => {
  const repo = repoWithLostBlob();
  try {
    const install = spawnSync(process.execPath, [BIN, 'hook', 'install'], { cwd: repo.dir, encoding: 'utf8' });
    assert.is(install.status, 0, install.stderr);
    const commit = spawnSync('git', ['commit', '-m', 'x'], { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
    assert.is.not(commit.status, 0, 'the commit is blocked');
    assert.match(commit.stderr, BYPASS);
    assert.is(repo.git('rev-list', '--count', 'HEAD').trim(), '1', 'nothing was committed');
  } finally {
    repo.remove();
  }
});

F('scan --staged with a corrupted index: exit 2, one line, how to bypass', async () => {
  const repo = new TempRepo();
  try {
    repo.commit('base', { 'README.md': '# x\n' });
    writeFileSync(repo.path('.git/index'), 'DIRC\0\0\0\u0002garbage');
    const r = await cli(['scan', '--staged'], { cwd: repo.dir });
    assert.is(r.exitCode, 2);
    oneLine(r.stderr);
    assert.match(r.stderr, BYPASS);
  } finally {
    repo.remove();
  }
});

F('git missing from PATH: --staged blocks with the bypass; --range and audit say git is needed', () => {
  const repo = new TempRepo();
  const bin = mkdtempSync(join(tmpdir(), 'sealgate-nogit-'));
  try {
    repo.commit('base', { 'README.md': '# x\n' });
    repo.commit('two', { 'b.yaml': 'b: 1\n' });
    symlinkSync(process.execPath, join(bin, 'node'));
    const env = { HOME: repo.dir, PATH: bin };
    assert.is(spawnSync('git', ['--version'], { env }).error?.message.includes('ENOENT'), true, 'git is not on this PATH');
    const run = (...argv: string[]) => spawnSync(process.execPath, [BIN, ...argv], { cwd: repo.dir, env, encoding: 'utf8' });
    const staged = run('scan', '--staged');
    assert.is(staged.status, 2, staged.stderr);
    oneLine(staged.stderr);
    assert.match(staged.stderr, /needs git, which is not installed or not on PATH/);
    assert.match(staged.stderr, BYPASS);
    const range = run('scan', '--range', 'HEAD~1..HEAD');
    assert.is(range.status, 2);
    oneLine(range.stderr);
    assert.match(range.stderr, /needs git, which is not installed or not on PATH/);
    assert.not.match(range.stderr, /--no-verify/, 'only the pre-commit scan speaks of commits');
  } finally {
    repo.remove();
    rmSync(bin, { recursive: true, force: true });
  }
});

F('a config that cannot be read in scan --staged: blocked, with the bypass', async () => {
  const repo = new TempRepo();
  try {
    repo.commit('base', { 'README.md': '# x\n' });
    // A config that is a directory: reading it fails below the config parser.
    const r = await cli(['scan', '--staged', '--config', dirname(repo.path('README.md'))], { cwd: repo.dir });
    assert.is(r.exitCode, 2);
    oneLine(r.stderr);
    assert.match(r.stderr, BYPASS);
  } finally {
    repo.remove();
  }
});

F.run();
