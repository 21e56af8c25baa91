import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * True when `command` runs. When it does not, a test that needs it is skipped locally with a visible
 * line, but fails in CI, where SEALGATE_REQUIRE_TOOLS=1 (set by .ci/run) says the tool must be there.
 */
export function haveTool(command: string, args: string[] = ['--version']): boolean {
  const ok = spawnSync(command, args, { stdio: 'ignore' }).status === 0;
  if (!ok && process.env['SEALGATE_REQUIRE_TOOLS'] === '1') throw new Error(`${command} is required (SEALGATE_REQUIRE_TOOLS=1) but not installed`);
  if (!ok) console.log(`  (skipped: ${command} is not installed)`);
  return ok;
}

/**
 * True when the benchmark peers (bench/package.json) are installed. Like `haveTool`: a visible skip
 * locally, a failure in CI (SEALGATE_REQUIRE_TOOLS=1), where .ci/run installs them.
 */
export function haveBenchPeer(pkg: string): boolean {
  const ok = existsSync(new URL(`../../bench/node_modules/${pkg}/package.json`, import.meta.url));
  if (!ok && process.env['SEALGATE_REQUIRE_TOOLS'] === '1') throw new Error(`${pkg} is required (SEALGATE_REQUIRE_TOOLS=1): run npm ci --prefix bench`);
  if (!ok) console.log(`  (skipped: ${pkg} is not installed; npm ci --prefix bench)`);
  return ok;
}
