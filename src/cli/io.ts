import { SealgateError } from '../errors.ts';

/** Everything a command may touch of the outside world; bin/ and the Action fill it from `process`. */
export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Reads all of stdin (only called when a command is asked to read `-`). */
  readStdin(): Promise<string>;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Absolute path of the script that started sealgate (bin/sealgate.js), when known. */
  binPath?: string;
  /** Live progress for long operations; only used when stderr is a TTY. Each call replaces the last line. */
  progress?(line: string): void;
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Colour on stdout: `NO_COLOR` (non-empty) and `TERM=dumb` turn it off, `FORCE_COLOR` on; else a TTY. */
export function useColor(io: Pick<CliIO, 'env' | 'stdoutIsTTY'>): boolean {
  if (io.env['NO_COLOR']) return false;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (io.env['TERM'] === 'dumb') return false;
  return io.stdoutIsTTY;
}

/**
 * The largest manifest or structured SOPS file a command parses (a Kubernetes object is at most ~1.5 MiB
 * in etcd). Parsing a 100 MB YAML file takes gigabytes of memory; refusing it is one line, not a crash.
 */
export const MAX_STRUCTURED_INPUT = 16 * 1024 * 1024;

/** @throws SealgateError('INPUT') naming `file` when `size` bytes exceed MAX_STRUCTURED_INPUT. */
export function checkInputSize(size: number, file: string, advice = ''): void {
  if (size <= MAX_STRUCTURED_INPUT) return;
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  throw new SealgateError('INPUT', `too large to parse (${mib(size)}, limit ${mib(MAX_STRUCTURED_INPUT)})${advice}`, file);
}
