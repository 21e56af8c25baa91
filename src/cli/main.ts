import { isSealgateError } from '../errors.ts';
import { MAIN_HELP } from './help.ts';
import type { CliIO, CliResult } from './io.ts';
import { VERSION } from '../version.ts';

export type { CliIO, CliResult } from './io.ts';

type Command = (argv: string[], io: CliIO) => Promise<CliResult>;

/** Commands load lazily so a pre-commit `scan` never pays for the sealers. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  scan: async () => (await import('./scan.ts')).scanCommand,
  fix: async () => (await import('./fix.ts')).fixCommand,
  hook: async () => (await import('./hook.ts')).hookCommand,
  baseline: async () => (await import('./baseline.ts')).baselineCommand,
  encrypt: async () => (await import('./encrypt.ts')).encryptCommand,
  decrypt: async () => (await import('./decrypt.ts')).decryptCommand,
  rotate: async () => (await import('./rotate.ts')).rotateCommand,
  updatekeys: async () => (await import('./updatekeys.ts')).updatekeysCommand,
  'sops-status': async () => (await import('./sops-status.ts')).sopsStatusCommand,
  audit: async () => (await import('./audit.ts')).auditCommand,
  seal: async () => (await import('./seal.ts')).sealCommand,
  unseal: async () => (await import('./unseal.ts')).unsealCommand,
  keygen: async () => (await import('./keygen.ts')).keygenCommand,
  reseal: async () => (await import('./reseal.ts')).resealCommand,
  inspect: async () => (await import('./inspect.ts')).inspectCommand,
};

/**
 * Runs sealgate with `argv` (without `node` and the script) and returns what to print and the exit code.
 * Never throws and never touches `process`.
 */
export async function run(argv: string[], io: CliIO): Promise<CliResult> {
  const debug = argv.includes('--debug');
  const [name, ...rest] = argv;
  // A pre-commit hook fails closed: say so, and how to get past it on purpose.
  const blocked = name === 'scan' && rest.includes('--staged') ? ` (the commit is blocked: fix this, or bypass consciously with 'git commit --no-verify')` : '';
  try {
    if (name === undefined || name === '--help' || name === '-h') return ok(MAIN_HELP);
    if (name === '--version' || name === '-V') return ok(`${VERSION}\n`);
    if (name === 'help') {
      const sub = rest[0];
      if (sub !== undefined && COMMANDS[sub]) return await (await COMMANDS[sub]())(['--help'], io);
      return ok(MAIN_HELP);
    }
    const load = COMMANDS[name];
    if (!load) return usage(`unknown command '${name}' (see 'sealgate --help')`);
    return await (await load())(rest, io);
  } catch (e) {
    if (isSealgateError(e)) {
      const cause = debug && e.cause instanceof Error ? `\n${e.cause.stack ?? e.cause.message}\nWARNING: --debug output may contain secrets from the scanned files.` : '';
      return { exitCode: 2, stdout: '', stderr: `sealgate: ${e.toLine()}${blocked}${cause}\n` };
    }
    // An unexpected error's message may quote the input (JSON.parse does), so it is shown only with --debug.
    const err = e as Error;
    const detail = debug ? `${blocked}: ${err.message}\n${err.stack ?? ''}\nWARNING: --debug output may contain secrets from the scanned files.` : ` (run with --debug for details)${blocked}`;
    return { exitCode: 2, stdout: '', stderr: `sealgate: internal error ${err?.name ?? 'Error'}${detail}\n` };
  }
}

function ok(stdout: string): CliResult {
  return { exitCode: 0, stdout, stderr: '' };
}

export function usage(message: string): CliResult {
  return { exitCode: 2, stdout: '', stderr: `sealgate: ${message}\n` };
}
