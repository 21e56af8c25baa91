import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../atomic-write.ts';
import { SealgateError } from '../errors.ts';
import { runGit } from '../sources/git.ts';
import type { CliIO, CliResult } from './io.ts';

export const HOOK_HELP = `Usage: sealgate hook install [--chain] [--fail-on SEVERITY]
       sealgate hook uninstall

Installs a plain git pre-commit hook that runs 'sealgate scan --staged' (for repositories that do not
use the pre-commit framework). Honours core.hooksPath. An existing hook is never overwritten: with
--chain it is kept and runs first; without, install refuses. Installing twice changes nothing.
Uninstall removes sealgate's hook and restores a chained one.

The hook fails closed: if sealgate cannot run, the commit is blocked (bypass consciously with
'git commit --no-verify').
`;

const MARKER = '# sealgate-hook v1';
const CHAINED = 'pre-commit.pre-sealgate';

/** The hook script. It looks for sealgate in the project, then on PATH, then where it was installed from. */
export function hookScript(installedFrom: string | undefined, failOn: string | undefined, chain: boolean): string {
  const args = `scan --staged${failOn ? ` --fail-on ${failOn}` : ''}`;
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `#!/bin/sh
${MARKER}: installed by 'sealgate hook install'; remove with 'sealgate hook uninstall'.
${chain ? `hookdir=$(dirname "$0")\nif [ -x "$hookdir/${CHAINED}" ]; then "$hookdir/${CHAINED}" "$@" || exit $?; fi\n` : ''}if [ -x ./node_modules/.bin/sealgate ]; then exec ./node_modules/.bin/sealgate ${args}; fi
if command -v sealgate >/dev/null 2>&1; then exec sealgate ${args}; fi
${installedFrom ? `if [ -f ${q(installedFrom)} ]; then exec node ${q(installedFrom)} ${args}; fi\n` : ''}echo "sealgate: not found, so this commit was not checked and is blocked." >&2
echo "Install sealgate (npm i -D sealgate), or bypass consciously with: git commit --no-verify" >&2
exit 2
`;
}

async function hooksDir(cwd: string): Promise<string> {
  let out: string;
  try {
    out = await runGit(['rev-parse', '--git-path', 'hooks'], { cwd, what: 'hook install', fromPath: true });
  } catch {
    throw new SealgateError('GIT', 'not a git repository (hook install needs one)', cwd);
  }
  return resolve(cwd, out.trim());
}

/** `sealgate hook install|uninstall`. */
export async function hookCommand(argv: string[], io: CliIO): Promise<CliResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { chain: { type: 'boolean' }, 'fail-on': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (e) {
    throw new SealgateError('USAGE', `${(e as Error).message} (see 'sealgate hook --help')`);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { exitCode: 0, stdout: HOOK_HELP, stderr: '' };
  const action = positionals[0];
  if (action !== 'install' && action !== 'uninstall') throw new SealgateError('USAGE', "expected 'hook install' or 'hook uninstall'");
  const dir = await hooksDir(io.cwd);
  const hook = join(dir, 'pre-commit');
  const existing = existsSync(hook) ? readFileSync(hook, 'utf8') : undefined;
  const ours = existing?.includes(MARKER) ?? false;

  if (action === 'uninstall') {
    if (!ours) return { exitCode: 0, stdout: existing === undefined ? 'no pre-commit hook installed\n' : '', stderr: existing === undefined ? '' : `sealgate: ${hook} is not sealgate's hook; left alone\n` };
    unlinkSync(hook);
    const chained = join(dir, CHAINED);
    if (existsSync(chained)) {
      renameSync(chained, hook);
      return { exitCode: 0, stdout: `removed sealgate's hook; restored the previous ${hook}\n`, stderr: '' };
    }
    return { exitCode: 0, stdout: `removed ${hook}\n`, stderr: '' };
  }

  const installedFrom = io.binPath === undefined ? undefined : resolve(io.binPath);
  const wantChain = ours ? existsSync(join(dir, CHAINED)) : existing !== undefined;
  if (existing !== undefined && !ours && !v.chain) {
    throw new SealgateError('USAGE', `a pre-commit hook already exists; rerun with --chain to keep it and run it first, or remove it`, hook);
  }
  const script = hookScript(installedFrom, v['fail-on'], wantChain);
  if (ours && existing === script) return { exitCode: 0, stdout: `sealgate's pre-commit hook is already installed in ${hook}\n`, stderr: '' };
  mkdirSync(dir, { recursive: true });
  if (existing !== undefined && !ours) renameSync(hook, join(dir, CHAINED));
  writeFileAtomic(hook, script, 0o755);
  chmodSync(hook, 0o755);
  return { exitCode: 0, stdout: `installed sealgate's pre-commit hook in ${hook}${wantChain ? ` (runs ${CHAINED} first)` : ''}\n`, stderr: '' };
}
