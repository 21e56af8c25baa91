import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DiffParser, parseDiff, type FileChange } from '../src/sources/diff.ts';
import { DIFF_FLAGS } from '../src/sources/git.ts';
import { readQuoted } from '../src/sources/quoted-path.ts';

const FIXTURES = new URL('./fixtures/diffs/', import.meta.url).pathname;

/** What each captured diff must parse to (one entry per file in the diff, in order). */
type Expect = Partial<Pick<FileChange, 'oldPath' | 'newPath' | 'status' | 'binary' | 'added' | 'newMode' | 'parents'>> & { subject?: string; date?: string };
const EXPECTED: Record<string, Expect[]> = {
  'modified-two-hunks': [{ oldPath: 'cm.yaml', newPath: 'cm.yaml', status: 'modified', added: [4, 9] }],
  'added-file-every-line': [{ oldPath: undefined, newPath: 'secret.yaml', status: 'added', added: [1, 2, 3] }],
  'added-empty-file-no-hunk': [{ newPath: 'empty.yaml', status: 'added', added: [] }],
  'deleted-file-yields-nothing': [{ oldPath: 'secret.yaml', newPath: undefined, status: 'deleted', added: [] }],
  'renamed-pure-no-hunks': [{ oldPath: 'old.yaml', newPath: 'new.yaml', status: 'renamed', added: [] }],
  'renamed-with-edit': [{ oldPath: 'old.yaml', newPath: 'new.yaml', status: 'renamed', added: [6] }],
  'copied-with-edit': [{ oldPath: 'base.yaml', newPath: 'copy.yaml', status: 'copied', added: [6] }],
  'binary-files-differ': [
    { newPath: 'logo.png', status: 'modified', binary: true, added: [] },
    { newPath: 'new.yaml', status: 'added', binary: true, added: [] },
  ],
  'git-binary-patch': [
    { newPath: 'after.yaml', status: 'added', binary: false, added: [1] },
    { newPath: 'data.bin', status: 'modified', binary: true, added: [] },
  ],
  'no-newline-at-eof': [{ newPath: 'f.yaml', added: [2, 3] }],
  'crlf-content': [{ newPath: 'w.yaml', added: [3] }],
  'mode-only-change': [{ oldPath: 'run.sh', newPath: 'run.sh', status: 'modified', newMode: '100755', added: [] }],
  'path-with-spaces-and-unicode': [
    { oldPath: 'k8s/prod env/sécret ☃.yaml', newPath: 'k8s/prod env/sécret ☃.yaml', added: [2] },
    { newPath: 'plain name.yaml', status: 'added', added: [1] },
  ],
  'path-with-quote-tab-backslash': [{ newPath: 'we"ird\tna\\\\me.yaml', status: 'added', added: [1] }],
  'path-unquoted-utf8': [{ newPath: 'naïve.yaml', status: 'added', added: [1] }],
  'removed-lines-that-look-like-headers': [{ newPath: 'tricky.txt', status: 'modified', added: [1, 2, 3] }],
  'log-commits-with-headers': [
    { newPath: 'a.yaml', status: 'added', added: [1], subject: 'first: add a', date: '2026-01-02T03:04:05+01:00' },
    { newPath: 'a.yaml', status: 'modified', added: [2], subject: 'second: leak' },
    { newPath: 'a.yaml', status: 'modified', added: [], subject: 'third: remove leak, add b' },
    { newPath: 'b.yaml', status: 'added', added: [1], subject: 'third: remove leak, add b' },
  ],
  'merge-combined-keeps-resolution-only': [{ newPath: 'm.txt', status: 'modified', parents: 2, added: [2, 4], subject: 'merge' }],
  'submodule-pointer': [{ newPath: 'lib', newMode: '160000', added: [1] }],
  'symlink-added': [{ newPath: 'link.yaml', status: 'added', newMode: '120000', added: [1] }],
  'gnu-diff-u': [{ oldPath: 'old/app.yaml', newPath: 'new/app.yaml', status: 'modified', added: [3] }],
  noprefix: [{ newPath: 'n.yaml', added: [2] }],
  'mnemonic-prefix': [{ newPath: 'm.yaml', added: [2] }],
  'git-show-default-format': [{ newPath: 's.yaml', added: [2], subject: 'Add b to s', date: 'Fri Jan 2 03:04:05 2026 +0100' }],
  'truncated-mid-hunk': [{ newPath: 't.txt', added: [2, 3] }],
  'context-lines-default-u3': [{ newPath: 'c.txt', added: [4] }],
};

const D = suite('sources/diff');

D('every captured diff has an expectation, and every expectation a diff', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.diff')).map((f) => f.slice(0, -5)).sort();
  assert.equal(files, Object.keys(EXPECTED).sort());
});

for (const [name, expected] of Object.entries(EXPECTED)) {
  D(`captured: ${name}`, () => {
    const text = readFileSync(join(FIXTURES, `${name}.diff`), 'utf8');
    const changes = parseDiff(text, { prefixes: 'auto' });
    assert.is(changes.length, expected.length, 'number of files');
    expected.forEach((want, i) => {
      const got = changes[i] as FileChange;
      const { subject, date, ...fields } = want;
      for (const [k, v] of Object.entries(fields)) assert.equal(got[k as keyof FileChange], v, `${name}[${i}].${k}`);
      if (subject !== undefined) assert.is(got.commit?.subject, subject);
      if (date !== undefined) assert.is(got.commit?.date, date);
    });
  });
}

D('CRLF content keeps its carriage return in the new text; header lines do not', () => {
  const [c] = parseDiff(readFileSync(join(FIXTURES, 'crlf-content.diff'), 'utf8'), { keepText: true });
  assert.is(c?.newText?.get(3), 'c: 3\r');
  assert.is(c?.newPath, 'w.yaml');
});

D('a diff whose own lines end in CRLF (saved on Windows) still parses its headers', () => {
  const text = 'diff --git a/x.yaml b/x.yaml\r\nindex 1111111..2222222 100644\r\n--- a/x.yaml\r\n+++ b/x.yaml\r\n@@ -1,0 +2 @@\r\n+b: 2\r\n';
  const [c] = parseDiff(text);
  assert.is(c?.newPath, 'x.yaml');
  assert.equal(c?.added, [2]);
});

D('context lines are kept as new-side text but are not added', () => {
  const [c] = parseDiff(readFileSync(join(FIXTURES, 'context-lines-default-u3.diff'), 'utf8'), { keepText: true });
  assert.equal([...(c?.newText?.keys() ?? [])], [1, 2, 3, 4, 5, 6, 7]);
  assert.is(c?.newText?.get(4), 'four');
});

D('full blob ids from --full-index lines; all-zero ids mean no blob', () => {
  const [added] = parseDiff(readFileSync(join(FIXTURES, 'added-file-every-line.diff'), 'utf8'));
  assert.is(added?.newBlob?.length, 40);
  assert.equal(added?.oldBlobs, []);
  const [merge] = parseDiff(readFileSync(join(FIXTURES, 'merge-combined-keeps-resolution-only.diff'), 'utf8'));
  assert.is(merge?.oldBlobs.length, 2);
});

D('the incremental parser gives the same result as parseDiff', () => {
  const text = readFileSync(join(FIXTURES, 'log-commits-with-headers.diff'), 'utf8');
  const p = new DiffParser();
  const out: FileChange[] = [];
  for (const line of text.split('\n').slice(0, -1)) {
    const c = p.push(line);
    if (c) out.push(c);
  }
  const last = p.end();
  if (last) out.push(last);
  assert.equal(out, parseDiff(text));
});

D('garbage and empty input give no changes and do not throw', () => {
  assert.equal(parseDiff(''), []);
  assert.equal(parseDiff('hello\nworld\n@@ -1 +1 @@\n+x\n'), []);
  assert.equal(parseDiff('diff --git\n'), []);
  assert.equal(parseDiff('--- \n+++ \n@@ -a +b @@\n'), []);
  const huge = `diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1 @@${' '.repeat(100_000)}\n+ok\n`;
  assert.equal(parseDiff(huge)[0]?.added, [1]);
});

D('quoted names: octal UTF-8 bytes and every C escape', () => {
  assert.equal(readQuoted('"a\\303\\251b"', 0), { name: 'aéb', end: 12 });
  assert.is(readQuoted('"\\a\\b\\t\\n\\v\\f\\r\\"\\\\"', 0)?.name, '\x07\b\t\n\v\f\r"\\');
  assert.is(readQuoted('"unterminated', 0), undefined);
  assert.is(readQuoted('"bad \\q escape"', 0), undefined);
});

// ---- property: a model of git's unified diff format --------------------------------------------------

/** Lines chosen to look like diff syntax, so only line counting keeps the parser on track. */
const TRICKY = ['a', 'b', '', ' ', '--- a/x', '+++ b/x', '-- x', '++ y', 'diff --git a/x b/x', '@@ -1 +1 @@', 'commit 0123abc', '\\ no', 'x\r', 'index 0..1'];

/** git's C quoting (core.quotePath=true): specials escaped, non-ASCII as octal bytes. */
function cquote(name: string): string {
  const names: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 34: '\\"', 92: '\\\\' };
  const bytes = Buffer.from(name, 'utf8');
  if (!bytes.some((b) => b < 0x20 || b >= 0x7f || b === 34 || b === 92)) return name;
  let out = '"';
  for (const b of bytes) out += names[b] ?? (b < 0x20 || b >= 0x7f ? `\\${b.toString(8).padStart(3, '0')}` : String.fromCharCode(b));
  return `${out}"`;
}

type Op = { op: '=' | '-' | '+'; old?: number; new?: number };

/** A shortest edit script by LCS (inputs are small). */
function editScript(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const L = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i]![j] = a[i] === b[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ op: '=', old: i++, new: j++ });
    else if (i < n && (j >= m || L[i + 1]![j]! >= L[i]![j + 1]!)) ops.push({ op: '-', old: i++ });
    else ops.push({ op: '+', new: j++ });
  }
  return ops;
}

interface ModelFile {
  name: string;
  old: string[];
  new: string[];
  oldEol: boolean;
  newEol: boolean;
}

/** Writes the -U0 diff git would print for the file, and returns the added line numbers. */
function emit(f: ModelFile): { text: string; added: number[] } {
  // A last line without a newline differs from the same text with one.
  const tag = (lines: string[], eol: boolean) => lines.map((l, i) => (i === lines.length - 1 && !eol ? `${l}\0` : l));
  const ops = editScript(tag(f.old, f.oldEol), tag(f.new, f.newEol));
  const a = cquote(`a/${f.name}`);
  const b = cquote(`b/${f.name}`);
  const tab = (q: string) => (q.startsWith('"') || !q.includes(' ') ? '' : '\t');
  let text = `diff --git ${a} ${b}\nindex 1111111..2222222 100644\n--- ${a}${tab(a)}\n+++ ${b}${tab(b)}\n`;
  const added: number[] = [];
  let k = 0;
  let oldSeen = 0;
  let newSeen = 0;
  while (k < ops.length) {
    if (ops[k]!.op === '=') {
      oldSeen++;
      newSeen++;
      k++;
      continue;
    }
    const hunk: Op[] = [];
    while (k < ops.length && ops[k]!.op !== '=') hunk.push(ops[k++]!);
    const dels = hunk.filter((o) => o.op === '-');
    const adds = hunk.filter((o) => o.op === '+');
    const range = (start: number, count: number) => (count === 1 ? `${start}` : `${count === 0 ? start : start},${count}`);
    text += `@@ -${range(dels.length ? oldSeen + 1 : oldSeen, dels.length)} +${range(adds.length ? newSeen + 1 : newSeen, adds.length)} @@\n`;
    for (const o of [...dels, ...adds]) {
      const isOld = o.op === '-';
      const idx = (isOld ? o.old : o.new) as number;
      const lines = isOld ? f.old : f.new;
      text += `${o.op}${lines[idx]}\n`;
      if (idx === lines.length - 1 && !(isOld ? f.oldEol : f.newEol)) text += '\\ No newline at end of file\n';
      if (!isOld) added.push(idx + 1);
    }
    oldSeen += dels.length;
    newSeen += adds.length;
  }
  return { text, added };
}

const NAME_PARTS = ['k8s', 'prod env', 'sécret', '☃', 'we"ird', 'tab\there', 'back\\slash', 'new\nline', 'x.yaml'];
const modelFile = fc.record({
  name: fc.array(fc.constantFrom(...NAME_PARTS), { minLength: 1, maxLength: 3 }).map((p) => p.join('/')),
  old: fc.array(fc.constantFrom(...TRICKY), { maxLength: 10 }),
  new: fc.array(fc.constantFrom(...TRICKY), { maxLength: 10 }),
  oldEol: fc.boolean(),
  newEol: fc.boolean(),
});

D('property: added lines match a model of the format, whatever the content and names', () => {
  fc.assert(
    fc.property(fc.array(modelFile, { minLength: 1, maxLength: 4 }), fc.boolean(), (files, withCommit) => {
      const parts = files.map(emit);
      const header = withCommit ? 'commit 0123456789abcdef0123456789abcdef01234567\nAuthor: A <a@b>\nDate: 2026-01-01T00:00:00Z\n\n    msg\n\n' : '';
      const changes = parseDiff(header + parts.map((p) => p.text).join(''));
      // A file whose old and new text are equal has no hunk; it still has a header, so it is still listed.
      assert.is(changes.length, files.length);
      changes.forEach((c, i) => {
        assert.is(c.newPath, files[i]!.name);
        assert.equal(c.added, parts[i]!.added);
        if (withCommit) assert.is(c.commit?.subject, 'msg');
      });
    }),
    { numRuns: 300 },
  );
});

// ---- property: real git ------------------------------------------------------------------------------

const GIT_LINES = ['a', 'b', 'c', '', ' ', '--- a', '+++ b', '-- x', '++ y', 'diff --git a/x b/x', '@@ -1 +1 @@', '\\ z', 'x\r'];
const textFile = fc.record({ lines: fc.array(fc.constantFrom(...GIT_LINES), { maxLength: 14 }), eol: fc.boolean() });
const render = (f: { lines: string[]; eol: boolean }) => (f.lines.length === 0 ? '' : f.lines.join('\n') + (f.eol ? '\n' : ''));
const splitLines = (text: string) => (text === '' ? [] : (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n'));

D('property: against real git, added lines carry the new text and the rest lines up with the old', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sealgate-diffprop-'));
  try {
    fc.assert(
      fc.property(fc.array(fc.tuple(textFile, textFile), { minLength: 1, maxLength: 25 }), (pairs) => {
        rmSync(join(dir, 'old'), { recursive: true, force: true });
        rmSync(join(dir, 'new'), { recursive: true, force: true });
        mkdirSync(join(dir, 'old'));
        mkdirSync(join(dir, 'new'));
        pairs.forEach(([o, n], i) => {
          writeFileSync(join(dir, 'old', `f${i}.txt`), render(o));
          writeFileSync(join(dir, 'new', `f${i}.txt`), render(n));
        });
        const flags = DIFF_FLAGS.filter((f) => f !== '-M');
        const r = spawnSync('git', ['diff', '--no-index', ...flags, 'old', 'new'], { cwd: dir, encoding: 'utf8' });
        assert.ok(r.status === 0 || r.status === 1, r.stderr);
        const byName = new Map(parseDiff(r.stdout, { keepText: true }).map((c) => [c.newPath, c]));
        pairs.forEach(([o, n], i) => {
          const oldLines = splitLines(render(o));
          const newLines = splitLines(render(n));
          const c = byName.get(`new/f${i}.txt`);
          if (!c) {
            assert.is(render(o), render(n), `f${i} has no diff, so it must be unchanged`);
            return;
          }
          for (const line of c.added) assert.is(c.newText?.get(line), newLines[line - 1], `f${i} line ${line}`);
          const added = new Set(c.added);
          const deleted = new Set(c.deleted);
          assert.equal(
            newLines.filter((_, k) => !added.has(k + 1)),
            oldLines.filter((_, k) => !deleted.has(k + 1)),
            `f${i}: kept lines`,
          );
        });
      }),
      { numRuns: 12 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

D('real git: a rename with spaces and unicode, staged with sealgate flags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sealgate-diffren-'));
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(join(dir, 'ünï code.yaml'), 'a: 1\nb: 2\nc: 3\nd: 4\n');
    git('add', '-A');
    git('-c', 'user.name=T', '-c', 'user.email=t@e', 'commit', '-qm', 'init');
    git('mv', 'ünï code.yaml', 'rénamed file.yaml');
    writeFileSync(join(dir, 'rénamed file.yaml'), 'a: 1\nb: 2\nc: 3\nd: 4\ne: 5\n');
    git('add', '-A');
    const [c] = parseDiff(git('-c', 'core.quotePath=true', 'diff', '--cached', ...DIFF_FLAGS));
    assert.equal([c?.status, c?.oldPath, c?.newPath, c?.added], ['renamed', 'ünï code.yaml', 'rénamed file.yaml', [5]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

D.run();
