import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { SealgateError } from './errors.ts';

/**
 * Writes `data` to `path` so that a reader (or a crash) sees either the old file or the new one, never a
 * torn one: a temp file in the same directory, fsync, rename over the target, fsync the directory.
 * The new file keeps the old file's mode (default `mode`, 0o644).
 * @throws SealgateError('IO') naming the file.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o644): void {
  let finalMode = mode;
  try {
    finalMode = statSync(path).mode & 0o7777;
  } catch {
    // a new file
  }
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', finalMode);
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw new SealgateError('IO', `cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, path);
  }
  try {
    const dfd = openSync(dirname(path), 'r');
    fsyncSync(dfd);
    closeSync(dfd);
  } catch {
    // fsync of a directory is not supported everywhere; the rename itself is atomic
  }
}
