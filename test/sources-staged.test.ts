import { appendFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SealgateError } from '../src/errors.ts';
import { stagedSource } from '../src/sources/index.ts';
import { TempRepo } from './helpers/repo.ts';
import { addedOf, collect, countGit } from './helpers/sources.ts';

const S = suite('sources/staged');
const MB = 1024 * 1024;
const staged = (repo: TempRepo, maxFileSize = 10 * MB) => stagedSource({ cwd: repo.dir, maxFileSize });

const OLD_SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: old
stringData:
  password: old-password
`;
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
`;

let repo: TempRepo;
S.before.each(() => {
  repo = new TempRepo();
});
S.after.each(() => repo.remove());

S('a modified file: the index text and only the lines the index adds', async () => {
  repo.commit('init', { 'app.yaml': 'a: 1\nb: 2\nc: 3\n' });
  repo.write({ 'app.yaml': 'a: 1\nb: 20\nc: 3\nd: 4\n' }).git('add', 'app.yaml');
  const { targets } = await collect(staged(repo));
  assert.is(targets.length, 1);
  assert.is(targets[0]?.path, 'app.yaml');
  assert.is(targets[0]?.content, 'a: 1\nb: 20\nc: 3\nd: 4\n');
  assert.equal(addedOf(targets[0]), [2, 4]);
  assert.is(targets[0]?.commit, undefined);
});

S('unstaged edits are not seen: the index version is scanned, and readFile reads the index', async () => {
  repo.commit('init', { 'app.yaml': 'a: 1\n' });
  repo.write({ 'app.yaml': 'a: 1\nstaged: yes\n' }).git('add', 'app.yaml');
  repo.write({ 'app.yaml': 'a: 1\nstaged: yes\nunstaged: password123\n', 'untracked.yaml': 'x: 1\n' });
  const source = staged(repo);
  const { targets } = await collect(source);
  assert.equal(targets.map((t) => t.path), ['app.yaml']);
  assert.is(targets[0]?.content, 'a: 1\nstaged: yes\n');
  assert.equal(addedOf(targets[0]), [2]);
  assert.is(await source.readFile('app.yaml'), 'a: 1\nstaged: yes\n');
  assert.is(await source.readFile('untracked.yaml'), undefined);
  assert.is(await source.readFile('../outside.yaml'), undefined);
});

S('the first commit (no HEAD yet): every staged file, every line', async () => {
  repo.write({ 'a.yaml': 'a: 1\nb: 2\n', 'dir/b.yaml': 'x: 1\n' }).git('add', '-A');
  const { targets } = await collect(staged(repo));
  assert.equal(targets.map((t) => [t.path, addedOf(t)]), [['a.yaml', 'all'], ['dir/b.yaml', 'all']]);
});

S('a pure rename adds nothing; a rename with edits yields the new path and only the edited lines', async () => {
  const body = 'line: 1\nline: 2\nline: 3\nline: 4\nline: 5\nline: 6\n';
  repo.commit('init', { 'pure-old.yaml': body, 'edit-old.yaml': body.replace(/line/g, 'item') });
  repo.git('mv', 'pure-old.yaml', 'pure-new.yaml');
  repo.git('mv', 'edit-old.yaml', 'edit-new.yaml');
  repo.write({ 'edit-new.yaml': `${body.replace(/line/g, 'item')}item: 7\n` }).git('add', '-A');
  const { targets, notes } = await collect(staged(repo));
  assert.equal(targets.map((t) => [t.path, addedOf(t)]), [['edit-new.yaml', [7]]]);
  assert.equal(notes, []);
});

S('a deleted file yields nothing and no note', async () => {
  repo.commit('init', { 'gone.yaml': OLD_SECRET, 'kept.yaml': 'a: 1\n' });
  repo.git('rm', '-q', 'gone.yaml');
  const { targets, notes } = await collect(staged(repo));
  assert.equal(targets, []);
  assert.equal(notes, []);
});

S('a binary file is a note, never a silent skip; a too-large file is a note with its size', async () => {
  repo.commit('init', { 'keep.txt': 'x\n' });
  repo.write({ 'image.yaml': Buffer.from([0x6b, 0x3a, 0x00, 0x01, 0x02]), 'big.yaml': `data: ${'x'.repeat(300)}\n` }).git('add', '-A');
  const { targets, notes } = await collect(staged(repo, 100));
  assert.equal(targets, []);
  assert.equal(
    notes.map((n) => [n.path, n.reason]),
    [['big.yaml', 'too-large'], ['image.yaml', 'binary']],
  );
  assert.match(notes[0]?.detail ?? '', /^307 bytes, limit 100$/);
});

S('a text file that .gitattributes marks binary is scanned whole (git shows no lines for it)', async () => {
  repo.commit('init', { '.gitattributes': '*.env -diff\n', 'a.env': 'A=1\n' });
  repo.write({ 'a.env': 'A=1\nTOKEN=abc\n' }).git('add', '-A');
  const { targets } = await collect(staged(repo));
  assert.equal(targets.map((t) => [t.path, addedOf(t), t.content]), [['a.env', 'all', 'A=1\nTOKEN=abc\n']]);
});

S('names with spaces, unicode, quotes and tabs keep their exact path', async () => {
  const names = ['k8s/prod env/sécret ☃.yaml', 'we"ird\tname.yaml', 'back\\slash.yaml'];
  repo.commit('init', { 'keep.txt': 'x\n' });
  repo.write(Object.fromEntries(names.map((n) => [n, 'a: 1\n']))).git('add', '-A');
  const source = staged(repo);
  const { byPath } = await collect(source);
  assert.equal([...byPath.keys()].sort(), [...names].sort());
  for (const n of names) {
    assert.is(byPath.get(n)?.content, 'a: 1\n');
    assert.is(await source.readFile(n), 'a: 1\n');
  }
});

S('CRLF and a missing final newline: content as stored, added lines counted on \\n', async () => {
  repo.commit('init', { 'win.yaml': 'a: 1\r\nb: 2\r\n', 'nonl.yaml': 'a: 1\nb: 2' });
  repo.write({ 'win.yaml': 'a: 1\r\nb: 2\r\nc: 3\r\n', 'nonl.yaml': 'a: 1\nb: 2\nc: 3' }).git('add', '-A');
  const { byPath } = await collect(staged(repo));
  assert.is(byPath.get('win.yaml')?.content, 'a: 1\r\nb: 2\r\nc: 3\r\n');
  assert.equal(addedOf(byPath.get('win.yaml')), [3]);
  assert.is(byPath.get('nonl.yaml')?.content, 'a: 1\nb: 2\nc: 3');
  // git rewrites line 2 because it gained a newline.
  assert.equal(addedOf(byPath.get('nonl.yaml')), [2, 3]);
});

S('a Secret added to an existing multi-document file: only its lines are added', async () => {
  repo.commit('init', { 'all.yaml': `${DEPLOYMENT}---\n${OLD_SECRET}` });
  const newSecret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: new\nstringData:\n  token: abc123\n';
  repo.write({ 'all.yaml': `${DEPLOYMENT}---\n${OLD_SECRET}---\n${newSecret}` }).git('add', '-A');
  const { targets } = await collect(staged(repo));
  const t = targets[0];
  const start = `${DEPLOYMENT}---\n${OLD_SECRET}`.split('\n').length; // the new `---` line
  assert.equal(addedOf(t), [start, start + 1, start + 2, start + 3, start + 4, start + 5, start + 6]);
  assert.is(t?.content.split('\n')[start + 5], '  token: abc123');
});

S('a change that only touches a Deployment next to an old Secret: only Deployment lines are added', async () => {
  repo.commit('init', { 'app.yaml': `${OLD_SECRET}---\n${DEPLOYMENT}` });
  repo.write({ 'app.yaml': `${OLD_SECRET}---\n${DEPLOYMENT.replace('replicas: 1', 'replicas: 3')}` }).git('add', '-A');
  const { targets } = await collect(staged(repo));
  const lines = (targets[0]?.content ?? '').split('\n');
  const added = addedOf(targets[0]) as number[];
  assert.equal(added.map((n) => lines[n - 1]), ['  replicas: 3']);
  const secretEnd = OLD_SECRET.split('\n').length - 1;
  assert.ok(added.every((n) => n > secretEnd + 1), 'no added line inside the Secret');
});

S('symlinks and submodules are notes', async () => {
  repo.commit('init', { 'real.yaml': 'a: 1\n' });
  symlinkSync('real.yaml', join(repo.dir, 'link.yaml'));
  const sub = new TempRepo();
  sub.commit('s1');
  repo.git('-c', 'protocol.file.allow=always', 'submodule', '-q', 'add', sub.dir, 'lib');
  repo.git('add', '-A');
  const { targets, notes } = await collect(staged(repo));
  assert.equal(targets.map((t) => t.path), ['.gitmodules']);
  assert.equal(notes.map((n) => [n.path, n.reason]), [['lib', 'submodule'], ['link.yaml', 'symlink']]);
  sub.remove();
});

S('two git processes, however many files: diff and one cat-file', async () => {
  repo.commit('init', { 'seed.txt': 'x\n' });
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) files[`f${i}.yaml`] = `n: ${i}\n`;
  repo.write(files).git('add', '-A');
  let count = 0;
  const source = staged(repo);
  const commands = await countGit(async () => {
    for await (const t of source.targets()) {
      count++;
      // readFile while scanning goes through the same cat-file process
      assert.is(await source.readFile(t.path), t.content);
    }
  });
  assert.is(count, 40);
  assert.equal(commands.sort(), ['cat-file', 'diff']);
});

S('a user config that changes diff output changes nothing', async () => {
  repo.commit('init', { 'a.yaml': 'a: 1\n', 'dir/b.yaml': 'b: 1\n' });
  const hostile = '[diff]\n\tnoprefix = true\n\tmnemonicPrefix = true\n\trenames = copies\n\trelative = true\n\tcontext = 7\n' +
    '\tinterHunkContext = 9\n\texternal = false\n\tsubmodule = log\n[color]\n\tui = always\n[core]\n\tquotePath = false\n';
  appendFileSync(join(repo.dir, '.git', 'config'), hostile);
  repo.write({ 'a.yaml': 'a: 1\nb: 2\n', 'dir/b.yaml': 'b: 1\nc: 2\n', 'dir/copy é.yaml': 'a: 1\nb: 2\n' }).git('add', '-A');
  const { targets } = await collect(stagedSource({ cwd: join(repo.dir, 'dir'), maxFileSize: MB }));
  assert.equal(targets.map((t) => [t.path, addedOf(t)]), [['a.yaml', [2]], ['dir/b.yaml', [2]], ['dir/copy é.yaml', 'all']]);
});

S('GIT_INDEX_FILE (set by git for hooks of `git commit <paths>`) is the index that is read', async () => {
  repo.commit('init', { 'a.yaml': 'a: 1\n' });
  repo.write({ 'a.yaml': 'a: 1\nin-main-index: 1\n', 'b.yaml': 'b: 1\n' }).git('add', 'a.yaml');
  const alt = join(repo.dir, '.git', 'alt-index');
  repo.gitEnv({ GIT_INDEX_FILE: alt }, 'read-tree', 'HEAD');
  repo.gitEnv({ GIT_INDEX_FILE: alt }, 'add', 'b.yaml');
  process.env['GIT_INDEX_FILE'] = alt;
  try {
    const { targets } = await collect(staged(repo));
    assert.equal(targets.map((t) => t.path), ['b.yaml']);
  } finally {
    delete process.env['GIT_INDEX_FILE'];
  }
});

S('outside a repository: one clear GIT error', async () => {
  const plain = new TempRepo({ git: false });
  try {
    await collect(stagedSource({ cwd: plain.dir, maxFileSize: MB }));
    assert.unreachable('should throw');
  } catch (e) {
    assert.instance(e, SealgateError);
    assert.is((e as SealgateError).code, 'GIT');
    assert.is((e as SealgateError).message, `--staged needs a git repository, and ${plain.dir} is not in one`);
  } finally {
    plain.remove();
  }
});

S.run();
