// The peer tools benchmarks compare against live in bench/node_modules (bench/package.json), installed on
// first use so `npm run bench` works on a fresh clone.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const benchDir = new URL('.', import.meta.url).pathname;

/** Installs the bench peers (`npm ci --prefix bench`) when bench/node_modules is missing. */
export function ensurePeers(): void {
  if (existsSync(`${benchDir}node_modules`)) return;
  console.error('installing benchmark peers (npm ci --prefix bench)…');
  execFileSync('npm', ['ci', '--prefix', benchDir, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

/** Loads a peer package from bench/node_modules (CommonJS entry). */
export function loadPeer<T>(name: string): T {
  ensurePeers();
  return createRequire(`${benchDir}package.json`)(name) as T;
}
