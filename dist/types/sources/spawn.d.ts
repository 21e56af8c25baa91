import { type ChildProcess } from 'node:child_process';
/** How a process ended. `code` is set when it could not start (e.g. `ENOENT`: not installed). */
export interface ProcessResult {
    exitCode: number | null;
    stderr: string;
    code?: string;
    canceled: boolean;
}
export interface Spawned {
    proc: ChildProcess;
    /** Resolves when the process has exited and its stderr is read; never rejects. */
    done: Promise<ProcessResult>;
}
/**
 * Starts `command` with a fixed argv (no shell), the given env merged over the inherited one (an
 * `undefined` value removes a variable), stderr collected (capped) for messages. Node's own
 * child_process, not a wrapper library: this runs on every commit, and a wrapper's import and spawn cost
 * (execa: ~20 ms of a ~200 ms hook run, measured) is paid by every developer on every commit.
 */
export declare function spawnProcess(command: string, args: readonly string[], opts: {
    cwd: string;
    env: Record<string, string | undefined>;
    stdin: 'ignore' | 'pipe';
    signal?: AbortSignal | undefined;
}): Spawned;
