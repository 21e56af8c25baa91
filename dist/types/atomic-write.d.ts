/**
 * Writes `data` to `path` so that a reader (or a crash) sees either the old file or the new one, never a
 * torn one: a temp file in the same directory, fsync, rename over the target, fsync the directory.
 * The new file keeps the old file's mode (default `mode`, 0o644); the temp file is 0600
 * until it has replaced the target, so one left behind by a crash is readable by its owner only.
 * @throws SealgateError('IO') naming the file.
 */
export declare function writeFileAtomic(path: string, data: string | Uint8Array, mode?: number): void;
