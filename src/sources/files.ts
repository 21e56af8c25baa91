import { constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SealgateError } from '../errors.ts';
import type { ScanTarget } from '../target.ts';
import { runGit } from './git.ts';
import type { SourceOptions } from './index.ts';
import { mapInOrder } from './ordered.ts';
import { findRepoRoot } from './repo.ts';
import type { SkipNote, Source } from './source.ts';
import { decodeText } from './text.ts';

/** Never follow a symlink, never block on a FIFO that replaced a file. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * The working tree under `paths` (default `.`), every file scanned whole (`added: 'all'`):
 * - a directory inside a git repository: its tracked and untracked-but-not-ignored files (`git ls-files`,
 *   one process per repository, which may differ from the one `cwd` is in);
 * - a directory outside any repository: every file below it, skipping `.git` directories;
 * - a file named explicitly: scanned even when ignored (pre-commit passes file names).
 * Symlinks are never followed (a note each, so there are no loops); binary files, files over
 * `maxFileSize`, submodules, and files that vanish or cannot be read become notes.
 *
 * Target paths are relative to the root of the repository `cwd` is in (or to `cwd` outside one), with `/`
 * separators; files outside that directory keep their absolute path.
 * @throws SealgateError('USAGE') for a path that does not exist; SealgateError('GIT') when git fails.
 */
export function workingTreeSource(paths: readonly string[], opts: SourceOptions): Source {
  const base = findRepoRoot(opts.cwd) ?? resolve(opts.cwd);
  const notes: SkipNote[] = [];
  const show = (abs: string): string => {
    const rel = relative(base, abs);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return abs.split(sep).join('/');
    return rel.split(sep).join('/');
  };
  const note = (abs: string, reason: SkipNote['reason'], detail?: string): SkipNote =>
    detail ? { path: show(abs), reason, detail } : { path: show(abs), reason };

  async function list(signal: AbortSignal | undefined): Promise<string[]> {
    const files = new Set<string>();
    const dirsByRepo = new Map<string, string[]>();
    for (const given of paths.length > 0 ? paths : ['.']) {
      const abs = resolve(opts.cwd, given);
      const st = await lstat(abs).catch((e: NodeJS.ErrnoException) => e);
      if (st instanceof Error) {
        if (st.code === 'ENOENT' || st.code === 'ENOTDIR') throw new SealgateError('USAGE', 'no such file or directory', given);
        notes.push(note(abs, 'unreadable', st.code));
      } else if (st.isSymbolicLink()) notes.push(note(abs, 'symlink'));
      else if (st.isFile()) files.add(abs);
      else if (!st.isDirectory()) notes.push(note(abs, 'unreadable', 'not a regular file'));
      else {
        const root = findRepoRoot(abs);
        if (root === undefined) await walk(abs, files);
        else dirsByRepo.set(root, [...(dirsByRepo.get(root) ?? []), abs]);
      }
    }
    for (const [root, dirs] of dirsByRepo) {
      for (const rel of await lsFiles(root, dirs, signal)) files.add(join(root, rel));
    }
    const shown = [...files].map((abs) => [show(abs), abs] as const);
    return shown.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, abs]) => abs);
  }

  async function lsFiles(root: string, dirs: string[], signal: AbortSignal | undefined): Promise<string[]> {
    const specs = dirs.map((d) => relative(root, d).split(sep).join('/') || '.');
    const args = ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...specs];
    const out = await runGit(args, { cwd: root, what: 'scan', fromPath: true, signal });
    return out.split('\0').filter((p) => p !== '');
  }

  async function walk(dir: string, out: Set<string>): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      notes.push(note(dir, 'unreadable', (e as NodeJS.ErrnoException).code));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name === '.git') continue;
      const abs = join(dir, e.name);
      if (e.isSymbolicLink()) notes.push(note(abs, 'symlink'));
      else if (e.isDirectory()) await walk(abs, out);
      else if (e.isFile()) out.add(abs);
      else notes.push(note(abs, 'unreadable', 'not a regular file'));
    }
  }

  /** The text of one file, or why not: read without following symlinks, size-checked before reading. */
  async function read(abs: string): Promise<string | SkipNote> {
    let fh;
    try {
      fh = await open(abs, OPEN_FLAGS);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return note(abs, 'vanished');
      if (code === 'ELOOP') return note(abs, 'symlink');
      return note(abs, 'unreadable', code);
    }
    try {
      const st = await fh.stat();
      if (st.isDirectory()) return note(abs, 'submodule');
      if (!st.isFile()) return note(abs, 'unreadable', 'not a regular file');
      if (st.size > opts.maxFileSize) return note(abs, 'too-large', `${st.size} bytes, limit ${opts.maxFileSize}`);
      const buf = await fh.readFile();
      if (buf.length > opts.maxFileSize) return note(abs, 'too-large', `${buf.length} bytes, limit ${opts.maxFileSize}`);
      return decodeText(buf) ?? note(abs, 'binary');
    } catch (e) {
      return note(abs, 'unreadable', (e as NodeJS.ErrnoException).code);
    } finally {
      await fh.close();
    }
  }

  return {
    notes,
    async *targets(signal) {
      const files = await list(signal);
      const load = async (abs: string): Promise<ScanTarget | SkipNote> => {
        const r = await read(abs);
        return typeof r === 'string' ? { path: show(abs), content: r, added: 'all' } : r;
      };
      for await (const r of mapInOrder(files, load, 8)) {
        signal?.throwIfAborted();
        if ('content' in r) yield r;
        else notes.push(r);
      }
    },
    /** The file at `path` (relative to the same directory as target paths, or absolute) on disk. */
    async readFile(path) {
      const r = await read(isAbsolute(path) ? path : join(base, path));
      return typeof r === 'string' ? r : undefined;
    },
  };
}
