import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { generateHistoryRepo, type HistoryRepo } from '../bench/history-repo.ts';
import { defaultConfig } from '../src/config/config.ts';
import type { Finding } from '../src/findings/finding.ts';
import { scanHistory, type HistoryScanOptions } from '../src/pipeline/history.ts';
import { parseUnit } from '../src/pipeline/history-unit.ts';
import { scan } from '../src/pipeline/scan.ts';
import { loadSuppressions } from '../src/pipeline/suppress.ts';
import { historyLogArgs, LogSplitter, type LogUnit } from '../src/sources/history.ts';
import { runGit } from '../src/sources/git.ts';
import { progressLine } from '../src/cli/scan.ts';
import { cli } from './helpers/cli.ts';
import { TempRepo } from './helpers/repo.ts';
import { countGit } from './helpers/sources.ts';

const H = suite('history');

let gen: HistoryRepo;
H.before(async () => {
  gen = await generateHistoryRepo(join(tmpdir(), `sealgate-history-${process.pid}`), { commits: 40, bytesPerCommit: 3000, plantEvery: 2 });
});
H.after(() => rmSync(gen.dir, { recursive: true, force: true }));

const holds = (f: Finding, secret: string) => f.secret !== undefined && (f.secret.includes(secret) || secret.includes(f.secret));
const strip = (r: { summary: { durationMs: number } }) => ({ ...r, summary: { ...r.summary, durationMs: 0 } });

function direct(cwd: string, extra: Partial<HistoryScanOptions> = {}): Promise<Awaited<ReturnType<typeof scanHistory>>> {
  const config = defaultConfig();
  return scanHistory({
    cwd,
    range: {},
    config,
    scannerOptions: { policy: false, decodeDepth: 2 },
    reveal: true,
    suppressions: loadSuppressions(config, { cwd, ignoreDir: false }),
    ...extra,
  });
}

H('every planted secret is reported once, at the commit that added it, with author and date; nothing else', async () => {
  const report = await scan({ cwd: gen.dir, history: true, reveal: true, workers: 0 });
  assert.ok(gen.plants.length >= 12, 'the generator planted secrets of every kind');
  for (const p of gen.plants) {
    const hits = report.findings.filter((f) => holds(f, p.secret));
    assert.is(hits.length, 1, `${p.kind} in ${p.path}: ${hits.length} findings`);
    const f = hits[0] as Finding;
    assert.is(f.commit, p.sha, `${p.kind}: at the commit that added it`);
    assert.is(f.file, p.path);
    assert.ok(p.rules.includes(f.ruleId), `${p.kind}: ${f.ruleId}`);
    assert.match(f.author ?? '', /^Dev \d$/);
    assert.match(f.date ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
  }
  for (const r of gen.repeats) {
    assert.not.ok(report.findings.some((f) => f.commit === r.sha && holds(f, r.secret)), `${r.kind} (${r.path}) is not reported again`);
  }
  assert.ok(gen.repeats.some((r) => r.kind === 'carried by a merge') && gen.repeats.some((r) => r.kind === 're-added after removal') && gen.repeats.some((r) => r.kind === 'renamed'));
  assert.is(report.findings.length, gen.plants.length, 'no finding that was not planted');
});

H('1 and N workers, one unit or many: the same report', async () => {
  const one = await direct(gen.dir, { workers: 1 });
  const many = await direct(gen.dir, { workers: 3, unitBytes: 2048 });
  const inline = await direct(gen.dir, { workers: 0, unitBytes: 4096 });
  assert.equal(many, one);
  assert.equal(inline, one);
  assert.is(one.findings.length, gen.plants.length);
});

H('the same secrets, at the same first commits, as --range reading every blob', async () => {
  const root = (await runGit(['rev-list', '--max-parents=0', 'HEAD'], { cwd: gen.dir, what: 't' })).trim();
  const viaRange = await scan({ cwd: gen.dir, range: `${root}..HEAD`, reveal: true });
  const viaHistory = await scan({ cwd: gen.dir, history: { since: root }, reveal: true, workers: 0 });
  const order = (await runGit(['rev-list', '--topo-order', '--reverse', 'HEAD'], { cwd: gen.dir, what: 't' })).trim().split('\n');
  const firstOf = new Map<string, Finding>();
  for (const f of [...viaRange.findings].sort((a, b) => order.indexOf(a.commit ?? '') - order.indexOf(b.commit ?? ''))) {
    const k = `${f.ruleId} ${f.secret}`;
    if (!firstOf.has(k)) firstOf.set(k, f);
  }
  const key = (f: Finding) => `${f.ruleId} ${f.secret} ${f.file} ${f.commit} ${f.line}`;
  assert.equal(viaHistory.findings.map(key).sort(), [...firstOf.values()].map(key).sort());
  assert.ok(viaRange.findings.length > viaHistory.findings.length, 'the range repeats what history reports once');
});

H('git processes: rev-parse, one log and one cat-file for the whole history', async () => {
  const commands = await countGit(() => scan({ cwd: gen.dir, history: true, workers: 0 }));
  assert.equal([...new Set(commands)].sort(), ['cat-file', 'log', 'rev-parse']);
  assert.is(commands.filter((c) => c === 'log').length, 1);
  assert.is(commands.filter((c) => c === 'cat-file').length, 1);
});

H('streaming: units cut anywhere in the stream rebuild the log, each from a commit header', async () => {
  const log = Buffer.from(await runGit(historyLogArgs({}), { cwd: gen.dir, what: 't' }), 'utf8');
  for (const [unitBytes, chunk] of [[1, 1], [3000, 7], [5000, 65536], [1 << 20, 4096]] as const) {
    const splitter = new LogSplitter({ maxFileSize: 1 << 20, unitBytes });
    const units: LogUnit[] = [];
    for (let at = 0; at < log.length; at += chunk) units.push(...splitter.push(log.subarray(at, at + chunk)));
    units.push(...splitter.end());
    assert.ok(Buffer.concat(units.map((u) => u.bytes)).equals(log), `unitBytes ${unitBytes}, chunks of ${chunk}`);
    for (const u of units) assert.is(u.bytes[0], 0, 'a unit starts with a commit header');
    assert.is(splitter.commits, gen.commitCount);
    const changes = units.flatMap(parseUnit).map(({ change, seq }) => [seq, change.commit?.sha, change.newPath, change.added]);
    const whole = parseUnit({ firstSeq: 0, bytes: log }).map(({ change, seq }) => [seq, change.commit?.sha, change.newPath, change.added]);
    assert.equal(changes, whole);
  }
});

function syntheticLog(files: { path: string; lines: number; width: number }[]): Buffer {
  let s = '\0commit ' + 'a'.repeat(40) + '\nAuthor: A <a@x>\nDate: 2024-01-01T00:00:00+00:00\n\n    big\n\n';
  for (const f of files) {
    s += `diff --git a/${f.path} b/${f.path}\nnew file mode 100644\nindex 0000000..1111111\n--- /dev/null\n+++ b/${f.path}\n@@ -0,0 +1,${f.lines} @@\n`;
    const row = '+' + 'x'.repeat(f.width - 1) + '\n';
    s += row.repeat(f.lines);
  }
  s += '\0commit ' + 'b'.repeat(40) + '\nAuthor: A <a@x>\nDate: 2024-01-02T00:00:00+00:00\n\n    next\n\ndiff --git a/n.txt b/n.txt\nnew file mode 100644\nindex 0000000..2222222\n--- /dev/null\n+++ b/n.txt\n@@ -0,0 +1 @@\n+hello\n';
  return Buffer.from(s);
}

H('a huge commit is cut between its files, each part under the commit header again', () => {
  const log = syntheticLog(Array.from({ length: 6 }, (_, i) => ({ path: `f${i}.txt`, lines: 20000, width: 50 })));
  const splitter = new LogSplitter({ maxFileSize: 10 << 20 });
  const units: LogUnit[] = [];
  for (let at = 0; at < log.length; at += 65536) units.push(...splitter.push(log.subarray(at, at + 65536)));
  units.push(...splitter.end());
  assert.ok(units.length >= 2);
  const parsed = units.flatMap(parseUnit);
  assert.equal(parsed.map((p) => [p.seq, p.change.newPath, p.change.added.length]), [...Array.from({ length: 6 }, (_, i) => [0, `f${i}.txt`, 20000]), [1, 'n.txt', 1]]);
  for (const u of units) assert.ok(u.bytes.length <= 6 << 20, 'bounded units');
});

H('a file diff over twice the size limit is cut after its headers and the rest skipped unread', () => {
  const log = syntheticLog([{ path: 'huge.txt', lines: 100000, width: 100 }, { path: 'after.txt', lines: 3, width: 10 }]);
  const splitter = new LogSplitter({ maxFileSize: 1 << 20 });
  const units: LogUnit[] = [];
  for (let at = 0; at < log.length; at += 65536) units.push(...splitter.push(log.subarray(at, at + 65536)));
  units.push(...splitter.end());
  const cut = units.filter((u) => u.cut);
  assert.is(cut.length, 1);
  assert.ok((cut[0] as LogUnit).bytes.length < 100 * 1024);
  const parsed = units.flatMap(parseUnit).map((p) => [p.seq, p.change.newPath]);
  assert.equal(parsed, [[0, 'huge.txt'], [0, 'after.txt'], [1, 'n.txt']]);
});

H('a NUL inside a text file (past the 8000 bytes git checks) is content, not a commit header', async () => {
  const repo = new TempRepo();
  try {
    // git diffs this file as text, so its patch line carries the NUL; it must not cut the log there.
    const tricky = `${'a'.repeat(9000)}\0commit ${'f'.repeat(40)}\nconst dbPassword = "Wq5vN8kLp3Xz2Rt!";\n`;
    const first = repo.commit('tricky', { 'data.ts': tricky });
    const second = repo.commit('leak', { 'after.ts': 'const adminPassword = "Hq4mB9xTr5Lw2Ke?";\n' });
    const log = Buffer.from(await runGit(historyLogArgs({}), { cwd: repo.dir, what: 't' }), 'utf8');
    assert.ok(log.includes(Buffer.from('\0commit ffff')), 'the patch holds the NUL');
    const splitter = new LogSplitter({ maxFileSize: 1 << 20, unitBytes: 1 });
    const units: LogUnit[] = [];
    for (let at = 0; at < log.length; at += 4096) units.push(...splitter.push(log.subarray(at, at + 4096)));
    units.push(...splitter.end());
    assert.is(splitter.commits, 2);
    assert.is(units.length, 2);
    const report = await scan({ cwd: repo.dir, history: true, workers: 0 });
    assert.equal(report.findings.map((f) => [f.file, f.commit]).sort(), [['after.ts', second], ['data.ts', first]]);
  } finally {
    repo.remove();
  }
});

H('a file over the size limit becomes a note and the scan goes on', async () => {
  const repo = new TempRepo();
  try {
    const row = 'filler line of a large generated file\n';
    repo.commit('big', { 'big.txt': row.repeat(2000) });
    const sha = repo.commit('leak', { 'after.ts': 'const dbPassword = "Zq8vN3kLp2Xw7Rt!";\n' });
    const config = { ...defaultConfig(), maxFileSize: 10000 };
    const report = await scan({ cwd: repo.dir, history: true, config, workers: 0 });
    assert.equal(report.findings.map((f) => [f.file, f.commit]), [['after.ts', sha]]);
    assert.ok(report.notes.some((n) => n.file === 'big.txt' && n.kind === 'skipped' && /larger than the size limit/.test(n.message)));
  } finally {
    repo.remove();
  }
});

H('--since REV: only the commits after it; --all: every ref', async () => {
  const repo = new TempRepo();
  try {
    const first = repo.commit('one', { 'a.ts': 'const dbPassword = "Zq8vN3kLp2Xw7Rt!";\n' });
    const second = repo.commit('two', { 'b.ts': 'const adminPassword = "Hq4mB9xTr5Lw2Ke?";\n' });
    repo.git('checkout', '-q', '-b', 'topic');
    const third = repo.commit('three', { 'c.ts': 'const rootPassword = "Jw7pC3vYn8Qz1Ua%";\n' });
    repo.git('checkout', '-q', 'main');
    const commits = async (history: { since?: string; all?: boolean } | true) => (await scan({ cwd: repo.dir, history, workers: 0 })).findings.map((f) => f.commit).sort();
    assert.equal(await commits(true), [first, second].sort());
    assert.equal(await commits({ since: first }), [second]);
    assert.equal(await commits({ all: true }), [first, second, third].sort());
    assert.equal(await commits({ all: true, since: second }), [third]);
  } finally {
    repo.remove();
  }
});

H('a shallow clone is refused with advice; an empty repository has nothing to report', async () => {
  const repo = new TempRepo();
  const clone = new TempRepo({ git: false });
  try {
    repo.commit('one', { 'a.txt': 'a\n' });
    const second = repo.commit('two', { 'a.txt': 'b\n' });
    const err = await scan({ cwd: repo.dir, history: true, workers: 0 }).then(() => undefined, (e: unknown) => e as Error);
    assert.is(err, undefined);
    clone.git('clone', '-q', '--depth', '1', `file://${repo.dir}`, 'c');
    const e = await scan({ cwd: clone.path('c'), history: true, workers: 0 }).then(() => undefined, (x: unknown) => x as Error & { code?: string });
    assert.is(e?.code, 'GIT');
    assert.match(e?.message ?? '', /shallow clone.*fetch-depth: 0/);
    assert.is((await scan({ cwd: clone.path('c'), history: { since: second }, workers: 0 })).findings.length, 0);
    const empty = new TempRepo();
    try {
      assert.is((await scan({ cwd: empty.dir, history: true, workers: 0 })).summary.files, 0);
    } finally {
      empty.remove();
    }
  } finally {
    repo.remove();
    clone.remove();
  }
});

H('CLI: --history with --since/--all/--jobs, usage errors, the progress line', async () => {
  const ok = await cli(['scan', '--history', '--jobs', '2', '--format', 'json', '--no-redact'], { cwd: gen.dir });
  assert.is(ok.exitCode, 1);
  assert.is(JSON.parse(ok.stdout).findings.length, gen.plants.length);
  for (const argv of [['scan', '--since', 'HEAD'], ['scan', '--all'], ['scan', '--history', 'src'], ['scan', '--history', '--jobs', '0'], ['scan', '--history', '--staged'], ['scan', '--history', '--since=-x']]) {
    const r = await cli(argv, { cwd: gen.dir });
    assert.is(r.exitCode, 2, argv.join(' '));
    assert.match(r.stderr, /^sealgate: .+\n$/);
  }
  const lines: string[] = [];
  const show = progressLine((l) => lines.push(l));
  show({ phase: 'log', files: 0, log: { commits: 500, totalCommits: 2000, bytes: 25e6, elapsedMs: 5000 } });
  show({ phase: 'log', files: 0, log: { commits: 10, bytes: 1e6, elapsedMs: 1000 } });
  show({ phase: 'files', files: 3 });
  assert.equal(lines, ['history: 500/2,000 commits  25.0 MB  5.0 MB/s  ETA 0:15', 'history: 10 commits  1.0 MB  1.0 MB/s']);
});

H('library: on the calling thread (workers: 0) the same report as on threads; progress reported', async () => {
  const seen: number[] = [];
  const report = await scan({ cwd: gen.dir, history: true, workers: 0, onProgress: (p) => seen.push(p.log?.commits ?? -1) });
  const again = await scan({ cwd: gen.dir, history: true, workers: 2 });
  assert.equal(strip(report), strip(again));
  assert.ok(seen.length >= 1 && seen[seen.length - 1] === gen.commitCount);
});

H.run();
