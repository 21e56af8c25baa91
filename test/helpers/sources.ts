import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SkipNote, Source } from '../../src/sources/index.ts';
import type { ScanTarget } from '../../src/target.ts';

/** Drains a source: its targets in order and the notes it made. */
export async function collect(source: Source): Promise<{ targets: ScanTarget[]; notes: SkipNote[]; byPath: Map<string, ScanTarget> }> {
  const targets: ScanTarget[] = [];
  for await (const t of source.targets()) targets.push(t);
  return { targets, notes: source.notes, byPath: new Map(targets.map((t) => [t.path, t])) };
}

/** The added set as a sorted array (or 'all'), for assertions. */
export function addedOf(t: ScanTarget | undefined): number[] | 'all' | undefined {
  if (!t) return undefined;
  return t.added === 'all' ? 'all' : [...t.added].sort((a, b) => a - b);
}

/**
 * Puts a `git` wrapper first on PATH that logs each invocation, runs `fn`, and returns the git commands
 * run (first non-option argument of each), so tests can count processes.
 */
export async function countGit(fn: () => Promise<unknown>): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sealgate-gitspy-'));
  const log = join(dir, 'log');
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(join(dir, 'git'), `#!/bin/sh\nskip=0\nfor a in "$@"; do if [ $skip = 1 ]; then skip=0; continue; fi; case "$a" in -c) skip=1;; -*) ;; *) echo "$a" >> "${log}"; break;; esac; done\nexec "${realGit}" "$@"\n`);
  chmodSync(join(dir, 'git'), 0o755);
  writeFileSync(log, '');
  const saved = process.env['PATH'];
  process.env['PATH'] = `${dir}:${saved ?? ''}`;
  try {
    await fn();
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } finally {
    process.env['PATH'] = saved;
    rmSync(dir, { recursive: true, force: true });
  }
}
