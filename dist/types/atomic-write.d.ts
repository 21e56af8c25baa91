/**
 * Writes `data` to `path` so that a reader (or a crash) sees either the old file or the new one, never a
 * torn one: a temp file in the same directory, fsync, rename over the target, fsync the directory.
 * The new file keeps the old file's mode (default `mode`, 0o644).
 * @throws SealgateError('IO') naming the file.
 */
export declare function writeFileAtomic(path: string, data: string | Uint8Array, mode?: number): void;
