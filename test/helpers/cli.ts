import { run, type CliIO, type CliResult } from '../../src/cli/main.ts';

/** Runs the CLI in-process with a fake IO: no TTY, no colour, the given stdin and env. */
export async function cli(argv: string[], opts: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const io: CliIO = {
    cwd: opts.cwd ?? process.cwd(),
    env: { ...(opts.env ?? {}) },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    readStdin: async () => opts.stdin ?? '',
  };
  return run(argv, io);
}
