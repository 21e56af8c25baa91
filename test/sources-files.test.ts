import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, openSync, closeSync, ftruncateSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SealgateError } from '../src/errors.ts';
import { workingTreeSource } from '../src/sources/index.ts';
import { TempRepo } from './helpers/repo.ts';
import { collect, countGit } from './helpers/sources.ts';

const F = suite('sources/files');
const MB = 1024 * 1024;
const tree = (cwd: string, paths: string[] = [], maxFileSize = 10 * MB) => workingTreeSource(paths, { cwd, maxFileSize });
const reasons = (notes: { path: string; reason: string }[]) => notes.map((n) => [n.path, n.reason]);

let repo: TempRepo;
F.before.each(() => {
  repo = new TempRepo();
});
F.after.each(() => repo.remove());

F('in a repository: tracked and untracked files, not ignored ones; every line counts', async () => {
  repo.commit('init', { '.gitignore': 'ignored/\n*.log\n', 'tracked.yaml': 'a: 1\n' });
  repo.write({ 'untracked.yaml': 'u: 1\n', 'ignored/secret.yaml': 's: 1\n', 'debug.log': 'x\n', 'sub/dir/deep.yaml': 'd: 1\n' });
  const { targets, notes } = await collect(tree(repo.dir));
  assert.equal(targets.map((t) => t.path), ['.gitignore', 'sub/dir/deep.yaml', 'tracked.yaml', 'untracked.yaml']);
  assert.ok(targets.every((t) => t.added === 'all'));
  assert.is(targets.find((t) => t.path === 'tracked.yaml')?.content, 'a: 1\n');
  assert.equal(notes, []);
});

F('a file named explicitly is scanned even when ignored (pre-commit passes file names)', async () => {
  repo.commit('init', { '.gitignore': '*.secret.yaml\n' });
  repo.write({ 'db.secret.yaml': 'password: x\n', 'other.secret.yaml': 'y\n' });
  const { targets } = await collect(tree(repo.dir, ['db.secret.yaml']));
  assert.equal(targets.map((t) => t.path), ['db.secret.yaml']);
});

F('paths are relative to the repository root, also from a subdirectory; one git process', async () => {
  repo.commit('init', { 'k8s/a.yaml': 'a: 1\n', 'k8s/b/c.yaml': 'c: 1\n', 'docs/x.md': 'x\n' });
  let paths: string[] = [];
  const commands = await countGit(async () => {
    paths = (await collect(tree(join(repo.dir, 'k8s'), ['.', 'b']))).targets.map((t) => t.path);
  });
  assert.equal(paths, ['k8s/a.yaml', 'k8s/b/c.yaml']);
  assert.equal(commands, ['ls-files']);
});

F('a path into another repository uses that repository’s ignore rules and keeps absolute paths', async () => {
  const other = new TempRepo();
  try {
    other.commit('init', { '.gitignore': 'tmp/\n', 'x.yaml': 'x: 1\n' });
    other.write({ 'tmp/junk.yaml': 'j: 1\n' });
    repo.commit('init', { 'mine.yaml': 'm: 1\n' });
    const { targets } = await collect(tree(repo.dir, [other.dir]));
    assert.equal(targets.map((t) => t.path), [`${other.dir}/.gitignore`, `${other.dir}/x.yaml`]);
  } finally {
    other.remove();
  }
});

F('outside any repository: a walk of every file, skipping .git, never following symlinks (no loops)', async () => {
  const plain = new TempRepo({ git: false });
  try {
    plain.write({ 'a.yaml': 'a: 1\n', 'node_modules/m.yaml': 'm: 1\n', 'deep/er/b.yaml': 'b: 1\n', 'vendored/.git/config': 'x\n' });
    symlinkSync(plain.dir, join(plain.dir, 'deep', 'loop'));
    symlinkSync('a.yaml', join(plain.dir, 'link.yaml'));
    symlinkSync('/nonexistent', join(plain.dir, 'dangling.yaml'));
    const { targets, notes } = await collect(tree(plain.dir));
    assert.equal(targets.map((t) => t.path), ['a.yaml', 'deep/er/b.yaml', 'node_modules/m.yaml']);
    assert.equal(reasons(notes), [['dangling.yaml', 'symlink'], ['deep/loop', 'symlink'], ['link.yaml', 'symlink']]);
    const explicit = await collect(tree(plain.dir, ['link.yaml']));
    assert.equal([explicit.targets, reasons(explicit.notes)], [[], [['link.yaml', 'symlink']]]);
  } finally {
    plain.remove();
  }
});

F('a 50 MB file is a too-large note, read no further; a binary .yaml is a binary note', async () => {
  repo.commit('init', { 'small.yaml': 'a: 1\n' });
  const big = join(repo.dir, 'huge.yaml');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 50 * MB); // sparse: no 50 MB written to disk
  closeSync(fd);
  repo.write({ 'image.yaml': Buffer.concat([Buffer.from('kind: Secret\n'), Buffer.from([0, 1, 2, 3])]) });
  const { targets, notes } = await collect(tree(repo.dir));
  assert.equal(targets.map((t) => t.path), ['small.yaml']);
  assert.equal(reasons(notes), [['huge.yaml', 'too-large'], ['image.yaml', 'binary']]);
  assert.is(notes[0]?.detail, `${50 * MB} bytes, limit ${10 * MB}`);
});

F('submodules and nested repositories are notes', async () => {
  const sub = new TempRepo();
  try {
    sub.commit('s', { 's.yaml': 's: 1\n' });
    repo.commit('init', { 'a.yaml': 'a: 1\n' });
    repo.git('-c', 'protocol.file.allow=always', 'submodule', '-q', 'add', sub.dir, 'lib');
    mkdirSync(join(repo.dir, 'nested'));
    execFileSync('git', ['init', '-q'], { cwd: join(repo.dir, 'nested') });
    repo.write({ 'nested/n.yaml': 'n: 1\n' });
    const { targets, notes } = await collect(tree(repo.dir));
    assert.equal(targets.map((t) => t.path), ['.gitmodules', 'a.yaml']);
    assert.equal(reasons(notes), [['lib', 'submodule'], ['nested', 'submodule']]);
  } finally {
    sub.remove();
  }
});

F('a tracked file missing from disk, and a file that vanishes mid-scan, are notes, not crashes', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) files[`f${String(i).padStart(2, '0')}.yaml`] = `n: ${i}\n`;
  repo.commit('init', { ...files, 'deleted.yaml': 'd: 1\n' });
  unlinkSync(join(repo.dir, 'deleted.yaml'));
  const source = tree(repo.dir);
  const seen: string[] = [];
  for await (const t of source.targets()) {
    if (seen.length === 0) unlinkSync(join(repo.dir, 'f29.yaml')); // far beyond the read-ahead window
    seen.push(t.path);
  }
  assert.is(seen.length, 29);
  assert.equal(reasons(source.notes), [['deleted.yaml', 'vanished'], ['f29.yaml', 'vanished']]);
});

F('an unreadable file and a FIFO are notes', async () => {
  repo.commit('init', { 'a.yaml': 'a: 1\n' });
  execFileSync('mkfifo', [join(repo.dir, 'pipe.yaml')]);
  repo.write({ 'locked.yaml': 'l: 1\n' });
  chmodSync(join(repo.dir, 'locked.yaml'), 0o000);
  const asRoot = process.getuid?.() === 0;
  const { targets, notes } = await collect(tree(repo.dir, ['.', 'pipe.yaml']));
  const expectTargets = asRoot ? ['a.yaml', 'locked.yaml'] : ['a.yaml'];
  assert.equal(targets.map((t) => t.path), expectTargets);
  const expectNotes = asRoot ? [['pipe.yaml', 'unreadable']] : [['locked.yaml', 'unreadable'], ['pipe.yaml', 'unreadable']];
  assert.equal(reasons(notes).sort(), expectNotes);
  chmodSync(join(repo.dir, 'locked.yaml'), 0o644);
});

F('readFile reads the working tree relative to the same root as target paths', async () => {
  repo.commit('init', { 'k/kustomization.yaml': 'secretGenerator: []\n', 'k/app.env': 'A=1\n' });
  const source = tree(join(repo.dir, 'k'));
  assert.is(await source.readFile('k/app.env'), 'A=1\n');
  assert.is(await source.readFile('k/missing.env'), undefined);
});

F('a path that does not exist is a usage error naming it', async () => {
  try {
    await collect(tree(repo.dir, ['nope/x.yaml']));
    assert.unreachable();
  } catch (e) {
    assert.instance(e, SealgateError);
    assert.is((e as SealgateError).code, 'USAGE');
    assert.is((e as SealgateError).toLine(), 'nope/x.yaml: no such file or directory');
  }
  rmSync(join(repo.dir, '.git'), { recursive: true, force: true });
});

F.run();
