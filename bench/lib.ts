/**
 * Helpers for the bench scripts that time command lines (the hook and history benchmarks): a peer tool's
 * binary, interleaved timed runs with the load average recorded, peak RSS, the machine. Sections of
 * BENCHMARKS.md are written with report.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { ensurePeers } from './peers.ts';
import { machine as machineLine } from './report.ts';

export const root = new URL('..', import.meta.url).pathname;
export const benchDir = join(root, 'bench');
/** Generated repositories and reports (gitignored). */
export const workDir = join(benchDir, '.work');
export const sealgateBin = join(root, 'bin', 'sealgate.js');

/** The binary of a peer tool in bench/node_modules (installed first when missing). */
export function peer(name: 'gitleaks' | 'secretlint'): string {
  ensurePeers();
  return join(benchDir, 'node_modules', '.bin', name);
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

/** report.ts's machine line with the memory, git's version and the load average now. */
export function machine(): string {
  const load = loadavg().map((l) => l.toFixed(2)).join(', ');
  const git = execFileSync('git', ['--version'], { encoding: 'utf8' }).trim().replace(/^git version /, '');
  return `${machineLine()}, ${Math.round(totalmem() / 2 ** 30)} GiB, git ${git}; load average ${load}`;
}

export const ms = (x: number) => (x >= 10000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
