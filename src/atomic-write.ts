import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fstatSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { SealgateError } from './errors.ts';

/**
 * Writes `data` to `path` so that a reader (or a crash) sees either the old file or the new one, never a
 * torn one: a temp file in the same directory, fsync, rename over the target, fsync the directory.
 * The new file keeps the old file's mode (default `mode`, 0o644); the temp file is 0600
 * until it has replaced the target, so one left behind by a crash is readable by its owner only.
 * @throws SealgateError('IO') naming the file.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o644): void {
  let oldMode: number | undefined;
  try {
    oldMode = statSync(path).mode & 0o7777;
  } catch {
    // a new file
  }
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  let renamed = false;
  try {
    fd = openSync(tmp, 'wx', oldMode ?? mode);
    // A new file gets `mode` less the umask (as created, still empty); an existing one keeps its mode.
    const finalMode = oldMode ?? fstatSync(fd).mode & 0o7777;
    // Owner-only while it is being written: a process killed before the rename leaves a temp file that
    // may hold plaintext (decrypt -i), and nobody else may read it.
    fchmodSync(fd, 0o600);
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
    renameSync(tmp, path);
    renamed = true;
    // Only now, on the renamed file: a crash in between leaves it owner-only, never a readable temp file.
    fchmodSync(fd, finalMode);
    closeSync(fd);
    fd = undefined;
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      if (!renamed) unlinkSync(tmp);
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
