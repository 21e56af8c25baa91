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
export declare function useColor(io: Pick<CliIO, 'env' | 'stdoutIsTTY'>): boolean;
/**
 * The largest manifest or structured SOPS file a command parses (a Kubernetes object is at most ~1.5 MiB
 * in etcd). Parsing a 100 MB YAML file takes gigabytes of memory; refusing it is one line, not a crash.
 */
export declare const MAX_STRUCTURED_INPUT: number;
/** @throws SealgateError('INPUT') naming `file` when `size` bytes exceed MAX_STRUCTURED_INPUT. */
export declare function checkInputSize(size: number, file: string, advice?: string): void;
