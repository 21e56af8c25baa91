import { spawnSync } from 'node:child_process';

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
