// The hook as users get it: Debian's real `pre-commit` installs this repository (its committed dist/,
// package.json and .pre-commit-hooks.yaml) from a git clone, and `git commit` runs it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TempRepo } from '../helpers/repo.ts';
import { haveTool } from '../helpers/tools.ts';

const root = new URL('../..', import.meta.url).pathname;
const P = suite('pre-commit framework (Debian pre-commit)');

const PLAINTEXT = `apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: apps
stringData:
  password: Pl4nted-Hook-Passw0rd-77
`;
const SEALED = readFileSync(new URL('../fixtures/integration/sealed-strict.yaml', import.meta.url), 'utf8');

/** A git repo holding what pre-commit installs: the files npm packs, plus the hooks manifest. */
function hookRepo(): { dir: string; rev: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sealgate-hookrepo-'));
  for (const f of ['package.json', 'package-lock.json', 'bin', 'dist', '.pre-commit-hooks.yaml']) cpSync(join(root, f), join(dir, f), { recursive: true });
  const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'hook');
  return { dir, rev: git('rev-parse', 'HEAD').stdout.trim() };
}

P('blocks a plaintext Secret, passes a clean commit and a SealedSecret; run --all-files checks old files', () => {
  if (!haveTool('pre-commit')) return;
  const hook = hookRepo();
  const home = mkdtempSync(join(tmpdir(), 'sealgate-pch-'));
  const repo = new TempRepo();
  try {
    repo.commit('config', {
      '.pre-commit-config.yaml': `repos:\n  - repo: ${hook.dir}\n    rev: ${hook.rev}\n    hooks:\n      - id: sealgate\n        language_version: system\n`,
    });
    const env = { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1' };
    const run = (cmd: string, ...args: string[]) => spawnSync(cmd, args, { cwd: repo.dir, encoding: 'utf8', env });
    assert.is(run('pre-commit', 'install').status, 0);

    repo.write({ 'k8s/secret.yaml': PLAINTEXT });
    run('git', 'add', '-A');
    const blocked = run('git', 'commit', '-m', 'add a secret');
    const out = blocked.stdout + blocked.stderr;
    assert.is(blocked.status, 1, out);
    assert.match(out, /k8s\/secret\.yaml:7:3\s+high\s+k8s-secret-plaintext/);
    assert.not.ok(out.includes('Pl4nted-Hook-Passw0rd-77'), 'the secret reached the hook output');
    run('git', 'reset', '-q', 'HEAD', 'k8s/secret.yaml');
    rmSync(repo.path('k8s/secret.yaml'));

    repo.write({ 'k8s/sealed.yaml': SEALED, 'README.md': '# app\n' });
    run('git', 'add', '-A');
    const passed = run('git', 'commit', '-m', 'sealed');
    assert.is(passed.status, 0, passed.stdout + passed.stderr);

    // An old plaintext Secret committed with --no-verify is caught by `pre-commit run --all-files`.
    repo.write({ 'old.yaml': PLAINTEXT });
    run('git', 'add', '-A');
    assert.is(run('git', 'commit', '--no-verify', '-qm', 'bypass').status, 0);
    const all = run('pre-commit', 'run', '--all-files');
    assert.is(all.status, 1, all.stdout);
    assert.match(all.stdout, /old\.yaml:7:3/);
  } finally {
    repo.remove();
    rmSync(hook.dir, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
});

P.run();
