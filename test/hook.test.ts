import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { run } from '../src/cli/main.ts';
import type { CliIO } from '../src/cli/io.ts';
import { TempRepo } from './helpers/repo.ts';

const H = suite('hook install/uninstall');

const io = (cwd: string, binPath?: string): CliIO => ({
  cwd,
  env: {},
  stdoutIsTTY: false,
  stderrIsTTY: false,
  readStdin: async () => '',
  ...(binPath ? { binPath } : {}),
});

H('installs an executable hook, idempotently', async () => {
  const repo = new TempRepo();
  try {
    const first = await run(['hook', 'install'], io(repo.dir));
    assert.is(first.exitCode, 0, first.stderr);
    const hook = repo.path('.git/hooks/pre-commit');
    assert.ok(statSync(hook).mode & 0o100, 'not executable');
    const text = readFileSync(hook, 'utf8');
    assert.match(text, /sealgate scan --staged/);
    const second = await run(['hook', 'install'], io(repo.dir));
    assert.match(second.stdout, /already installed/);
    assert.is(readFileSync(hook, 'utf8'), text);
  } finally {
    repo.remove();
  }
});

H('honours core.hooksPath, also from a subdirectory', async () => {
  const repo = new TempRepo();
  try {
    repo.git('config', 'core.hooksPath', '.githooks');
    repo.write({ 'sub/x.txt': 'x' });
    const r = await run(['hook', 'install'], io(repo.path('sub')));
    assert.is(r.exitCode, 0, r.stderr);
    assert.ok(existsSync(repo.path('.githooks/pre-commit')));
    assert.not.ok(existsSync(repo.path('.git/hooks/pre-commit')));
  } finally {
    repo.remove();
  }
});

H('never clobbers an existing hook: refuses, or chains with --chain and restores on uninstall', async () => {
  const repo = new TempRepo();
  try {
    const hook = repo.path('.git/hooks/pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho theirs\n', { mode: 0o755 });
    const refused = await run(['hook', 'install'], io(repo.dir));
    assert.is(refused.exitCode, 2);
    assert.match(refused.stderr, /already exists.*--chain/, refused.stderr);
    assert.is(readFileSync(hook, 'utf8'), '#!/bin/sh\necho theirs\n');

    const chained = await run(['hook', 'install', '--chain'], io(repo.dir));
    assert.is(chained.exitCode, 0, chained.stderr);
    assert.match(readFileSync(hook, 'utf8'), /pre-commit\.pre-sealgate/);
    assert.is(readFileSync(repo.path('.git/hooks/pre-commit.pre-sealgate'), 'utf8'), '#!/bin/sh\necho theirs\n');
    assert.match((await run(['hook', 'install', '--chain'], io(repo.dir))).stdout, /already installed/);

    const removed = await run(['hook', 'uninstall'], io(repo.dir));
    assert.match(removed.stdout, /restored/);
    assert.is(readFileSync(hook, 'utf8'), '#!/bin/sh\necho theirs\n');
    const again = await run(['hook', 'uninstall'], io(repo.dir));
    assert.match(again.stderr, /not sealgate's hook; left alone/);
    assert.ok(existsSync(hook));
  } finally {
    repo.remove();
  }
});

H('fails closed: when sealgate cannot be found the commit is blocked with a way out', async () => {
  const repo = new TempRepo();
  try {
    await run(['hook', 'install'], io(repo.dir));
    repo.write({ 'a.txt': 'a\n' });
    repo.git('add', 'a.txt');
    const git = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const r = spawnSync(git, ['commit', '-m', 'x'], { cwd: repo.dir, encoding: 'utf8', env: { PATH: '/usr/bin:/bin', HOME: repo.dir } });
    assert.is(r.status, 1, r.stderr);
    assert.match(r.stderr, /not found, so this commit was not checked and is blocked/);
    assert.match(r.stderr, /--no-verify/);
    assert.is(repo.git('rev-list', '--all').trim(), '');
  } finally {
    repo.remove();
  }
});

H('outside a git repository: a one-line error', async () => {
  const repo = new TempRepo({ git: false });
  try {
    const r = await run(['hook', 'install'], io(repo.dir));
    assert.is(r.exitCode, 2);
    assert.match(r.stderr, /^sealgate: .*not a git repository/, r.stderr);
    assert.is(r.stderr.trim().split('\n').length, 1);
  } finally {
    repo.remove();
  }
});

H.run();
