/**
 * Helpers shared by the bench scripts: the peer tools, timing shell commands (median of several runs,
 * the load average recorded with each), peak RSS, and each script's section of BENCHMARKS.md.
 *
 * Convention (see bench/run.ts): the script behind `npm run bench:NAME` writes its section, a Markdown
 * fragment starting with `## `, to `bench/results/NAME.md` with `writeSection`; the umbrella stitches
 * the sections into BENCHMARKS.md. Each section has one owner, so parallel work does not conflict.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const benchDir = join(root, 'bench');
/** Generated repositories and reports (gitignored). */
export const workDir = join(benchDir, '.work');
export const sealgateBin = join(root, 'bin', 'sealgate.js');

/** Installs the peer tools (`npm ci --prefix bench`) when they are missing; returns the path of a tool's binary. */
export function peer(name: 'gitleaks' | 'secretlint'): string {
  const bin = join(benchDir, 'node_modules', '.bin', name);
  if (!existsSync(bin)) execFileSync('npm', ['ci', '--prefix', benchDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  return bin;
}

export interface Timing {
  label: string;
  /** Wall times in milliseconds, in run order. */
  runs: number[];
  median: number;
  min: number;
  /** 1-minute load average before the first and after the last run. */
  load: [number, number];
}

/**
 * Runs each command `runs` times (after `warmup` unmeasured runs), interleaved — A B C A B C … — so a
 * change in machine load hits every command alike. Commands run through `sh -c` in `cwd`; their output
 * is discarded; a non-zero exit is fine (a scanner that finds something exits 1) unless it is 2 or more
 * and `strict`.
 * @throws Error when a strict command fails.
 */
export function timeCommands(commands: { label: string; cmd: string; strict?: boolean }[], opts: { cwd: string; runs: number; warmup?: number; env?: NodeJS.ProcessEnv }): Timing[] {
  const exec = (cmd: string, strict: boolean) => {
    const t0 = performance.now();
    const r = spawnSync('sh', ['-c', cmd], { cwd: opts.cwd, stdio: ['ignore', 'ignore', 'pipe'], env: opts.env ?? process.env, maxBuffer: 64 << 20 });
    const ms = performance.now() - t0;
    if (strict && (r.status ?? 2) >= 2) throw new Error(`'${cmd}' failed (${r.status}): ${String(r.stderr).slice(0, 500)}`);
    return ms;
  };
  for (let i = 0; i < (opts.warmup ?? 1); i++) for (const c of commands) exec(c.cmd, c.strict ?? true);
  const before = loadavg()[0] as number;
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < opts.runs; i++) commands.forEach((c, k) => (times[k] as number[]).push(exec(c.cmd, c.strict ?? true)));
  const after = loadavg()[0] as number;
  return commands.map((c, k) => {
    const runs = times[k] as number[];
    const sorted = [...runs].sort((a, b) => a - b);
    return { label: c.label, runs, median: sorted[Math.floor(sorted.length / 2)] as number, min: sorted[0] as number, load: [before, after] };
  });
}

/**
 * Peak resident set size (KiB) of a command and its waited-for children, from GNU time's `%M`; undefined
 * when /usr/bin/time is not installed (`apt-get install time`).
 */
export function peakRss(cmd: string, cwd: string): number | undefined {
  if (!existsSync('/usr/bin/time')) return undefined;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'sh', '-c', `${cmd} >/dev/null`], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  return /^\d+$/.test(last) ? Number(last) : undefined;
}

export function machine(): string {
  const cpu = cpus();
  const load = loadavg().map((l) => l.toFixed(2)).join(', ');
  const node = process.version;
  const git = execFileSync('git', ['--version'], { encoding: 'utf8' }).trim().replace(/^git version /, '');
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${node}, git ${git}; load average ${load}`;
}

export const ms = (x: number) => (x >= 10000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** Writes this script's section of BENCHMARKS.md (bench/results/NAME.md). */
export function writeSection(name: string, markdown: string): void {
  const dir = join(benchDir, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.md`), markdown.trimEnd() + '\n');
  console.log(`wrote bench/results/${name}.md`);
}
