import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { SealgateError } from '../src/errors.ts';
import { rangeSource } from '../src/sources/index.ts';
import { parseCommitObject, parseRange } from '../src/sources/range.ts';
import { TempRepo } from './helpers/repo.ts';
import { addedOf, collect, countGit } from './helpers/sources.ts';

const R = suite('sources/range');
const range = (repo: TempRepo, spec: string, maxFileSize = 1024 * 1024) => rangeSource(spec, { cwd: repo.dir, maxFileSize });

let repo: TempRepo;
R.before.each(() => {
  repo = new TempRepo();
});
R.after.each(() => repo.remove());

async function gitError(p: Promise<unknown>): Promise<SealgateError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof SealgateError) return e;
    throw e;
  }
  throw new Error('expected a SealgateError');
}

R('A..B: commit by commit, oldest first, each target with its commit info and that commit’s lines', async () => {
  const base = repo.commit('base', { 'app.yaml': 'a: 1\n' });
  const c1 = repo.gitEnv({ GIT_AUTHOR_DATE: '2026-03-04T05:06:07+02:00', GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.com' }, 'commit', '-q', '--allow-empty', '-m', 'empty');
  void c1;
  repo.write({ 'app.yaml': 'a: 1\nb: 2\n' }).git('add', '-A');
  repo.gitEnv({ GIT_AUTHOR_DATE: '2026-03-04T05:06:07+02:00', GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.com' }, 'commit', '-q', '-m', 'Add b', '-m', 'body');
  const second = repo.git('rev-parse', 'HEAD').trim();
  const third = repo.commit('Add c and new file', { 'app.yaml': 'a: 1\nb: 2\nc: 3\n', 'new.yaml': 'x: 1\n' });
  const { targets } = await collect(range(repo, `${base}..HEAD`));
  assert.equal(
    targets.map((t) => [t.commit?.sha, t.path, addedOf(t)]),
    [
      [second, 'app.yaml', [2]],
      [third, 'app.yaml', [3]],
      [third, 'new.yaml', 'all'],
    ],
  );
  assert.equal(targets[0]?.commit, { sha: second, author: 'Ada', email: 'ada@example.com', date: '2026-03-04T05:06:07+02:00', message: 'Add b' });
  assert.is(targets[0]?.content, 'a: 1\nb: 2\n', 'the file as it was at that commit');
});

R('a secret added and removed within the range is still yielded, at the commit that added it', async () => {
  const base = repo.commit('base', { 'app.yaml': 'a: 1\n' });
  const leak = repo.commit('leak', { 'app.yaml': 'a: 1\npassword: hunter2\n' });
  repo.commit('remove', { 'app.yaml': 'a: 1\n' });
  const source = range(repo, `${base}..HEAD`);
  const { targets } = await collect(source);
  assert.equal(targets.map((t) => [t.commit?.message, addedOf(t)]), [['leak', [2]]]);
  assert.is(targets[0]?.commit?.sha, leak);
  assert.match(targets[0]?.content ?? '', /hunter2/);
  assert.is(await source.readFile('app.yaml', leak), 'a: 1\npassword: hunter2\n');
  assert.is(await source.readFile('app.yaml'), 'a: 1\n', 'without a commit: the range head');
});

R('A...B: the net change since the merge base, with B’s commit info', async () => {
  repo.commit('base', { 'app.yaml': 'a: 1\n' });
  repo.git('checkout', '-q', '-b', 'feature');
  repo.commit('f1', { 'app.yaml': 'a: 1\nsecret: s1\n' });
  repo.commit('f2', { 'app.yaml': 'a: 1\nb: 2\n', 'f.yaml': 'f: 1\n' });
  const head = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', 'main');
  repo.commit('main moves on', { 'main-only.yaml': 'm: 1\n' });
  const { targets } = await collect(range(repo, 'main...feature'));
  assert.equal(targets.map((t) => [t.path, addedOf(t)]), [['app.yaml', [2]], ['f.yaml', 'all']]);
  assert.is(targets[0]?.content, 'a: 1\nb: 2\n');
  assert.is(targets[0]?.commit?.sha, head);
  assert.is(targets[0]?.commit?.message, 'f2');
  assert.is(targets[0]?.commit?.email, 'test@example.com');
  assert.match(targets[0]?.commit?.date ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
});

R('merges: a clean merge adds nothing itself; a conflict resolution is yielded at the merge', async () => {
  const base = repo.commit('base', { 'm.txt': 'a\nb\nc\n', 'other.txt': 'o\n' });
  repo.git('checkout', '-q', '-b', 'side');
  repo.commit('side', { 'm.txt': 'a\nSIDE\nc\n' });
  repo.git('checkout', '-q', 'main');
  repo.commit('main', { 'm.txt': 'a\nMAIN\nc\n' });
  try {
    repo.git('merge', '-q', 'side');
  } catch {
    // the conflict is the point
  }
  repo.commit('merge', { 'm.txt': 'a\nRESOLVED token=abc\nc\n' });
  repo.git('checkout', '-q', '-b', 'side2', 'HEAD~1');
  repo.commit('side2', { 'other.txt': 'o\np\n' });
  repo.git('checkout', '-q', 'main');
  repo.git('merge', '-q', '--no-edit', 'side2');
  const { targets } = await collect(range(repo, `${base}..main`));
  // Commits made in the same second have no defined order; compare by message.
  const got = targets.map((t) => [t.commit?.message, t.path, addedOf(t)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  assert.equal(got, [
    ['main', 'm.txt', [2]],
    ['merge', 'm.txt', [2]],
    ['side', 'm.txt', [2]],
    ['side2', 'other.txt', [2]],
  ]);
  assert.match(targets.find((t) => t.commit?.message === 'merge')?.content ?? '', /RESOLVED token=abc/);
});

R('deletions, renames and binary files in a range', async () => {
  const base = repo.commit('base', { 'gone.yaml': 'g: 1\n', 'old.yaml': 'a: 1\nb: 2\nc: 3\nd: 4\n' });
  repo.git('rm', '-q', 'gone.yaml');
  repo.git('mv', 'old.yaml', 'new.yaml');
  repo.commit('move', { 'pic.yaml': Buffer.from([1, 0, 2]) });
  const { targets, notes } = await collect(range(repo, `${base}..HEAD`));
  assert.equal(targets, []);
  assert.equal(notes.map((n) => [n.path, n.reason]), [['pic.yaml', 'binary']]);
  assert.match(notes[0]?.detail ?? '', /^at [0-9a-f]{12}$/);
});

R('two git processes for a whole range: log and one cat-file', async () => {
  const base = repo.commit('base', { 'a.yaml': 'a: 0\n' });
  for (let i = 1; i <= 6; i++) repo.commit(`c${i}`, { 'a.yaml': `a: ${i}\n`, [`f${i}.yaml`]: `f: ${i}\n` });
  let n = 0;
  const commands = await countGit(async () => {
    for await (const _ of range(repo, `${base}..HEAD`).targets()) n++;
  });
  assert.is(n, 12);
  assert.equal(commands.sort(), ['cat-file', 'log']);
  const net = await countGit(async () => {
    for await (const _ of range(repo, `${base}...HEAD`).targets()) n++;
  });
  assert.equal(net.sort(), ['cat-file', 'diff']);
});

R('an unknown revision is one line naming the range', async () => {
  repo.commit('base', { 'a.yaml': 'a: 1\n' });
  const e = await gitError(collect(range(repo, 'nope..HEAD')));
  assert.is(e.code, 'GIT');
  assert.is(e.message, "--range nope..HEAD: bad revision 'nope..HEAD'");
  const e3 = await gitError(collect(range(repo, 'nope...HEAD')));
  assert.is(e3.code, 'GIT');
  assert.not.match(e3.message, /\n/);
  assert.match(e3.message, /^--range nope\.\.\.HEAD: /);
});

R('a shallow clone without the base says to fetch the history', async () => {
  const first = repo.commit('one', { 'a.yaml': 'a: 1\n' });
  repo.commit('two', { 'a.yaml': 'a: 2\n' });
  repo.commit('three', { 'a.yaml': 'a: 3\n' });
  const dir = mkdtempSync(join(tmpdir(), 'sealgate-shallow-'));
  try {
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, dir]);
    for (const spec of [`${first}..HEAD`, `${first}...HEAD`]) {
      const e = await gitError(collect(rangeSource(spec, { cwd: dir, maxFileSize: 1024 })));
      assert.is(e.code, 'GIT');
      assert.match(e.message, /shallow clone .*fetch-depth: 0/);
      assert.not.match(e.message, /\n/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

R('not a repository, and malformed ranges', async () => {
  const plain = new TempRepo({ git: false });
  try {
    const e = await gitError(collect(rangeSource('a..b', { cwd: plain.dir, maxFileSize: 1 })));
    assert.is(e.message, `--range a..b needs a git repository, and ${plain.dir} is not in one`);
  } finally {
    plain.remove();
  }
  for (const bad of ['main', '--output=x..HEAD', 'a..b..c', 'a b..c']) {
    assert.throws(() => parseRange(bad), (e: unknown) => e instanceof SealgateError && e.code === 'USAGE');
  }
  assert.equal(parseRange('v1..'), { base: 'v1', head: 'HEAD', net: false });
  assert.equal(parseRange('...topic'), { base: 'HEAD', head: 'topic', net: true });
});

R('raw commit objects: author, ISO date with offset, subject like %s', () => {
  const raw = 'tree 1\nparent 2\nauthor Ada L <ada@x.org> 1767326645 -0230\ncommitter C <c@x> 1 +0000\n\nFirst line\ncontinued\n\nBody\n';
  assert.equal(parseCommitObject('abc', raw), {
    sha: 'abc',
    author: 'Ada L',
    email: 'ada@x.org',
    date: '2026-01-02T01:34:05-02:30',
    subject: 'First line continued',
  });
});

R.run();
