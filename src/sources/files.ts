import { lstat, readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { execa } from 'execa';
import { SealgateError } from '../errors.ts';
import type { SourceOptions } from './index.ts';
import { findRepoRoot } from './repo.ts';
import type { SkipNote, Source } from './source.ts';
import { decodeText } from './text.ts';

/**
 * The working tree under `paths` (default `.`): in a git repository the tracked and untracked-but-not-ignored
 * files, outside one every regular file. Paths in targets are relative to the repository root (or `cwd`).
 */
export function workingTreeSource(paths: readonly string[], opts: SourceOptions): Source {
  const root = findRepoRoot(resolve(opts.cwd, paths[0] ?? '.'));
  const base = root ?? resolve(opts.cwd);
  const notes: SkipNote[] = [];
  const toRel = (abs: string) => relative(base, abs).split(sep).join('/');

  async function list(): Promise<string[]> {
    const wanted = (paths.length ? paths : ['.']).map((p) => resolve(opts.cwd, p));
    if (root !== undefined) {
      const args = ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate', '--', ...wanted.map(toRel).map((p) => (p === '' ? '.' : p))];
      const r = await execa('git', args, { cwd: root, reject: false, stripFinalNewline: false, encoding: 'utf8' });
      if (r.exitCode !== 0) throw new SealgateError('GIT', `git ls-files failed: ${String(r.stderr).split('\n')[0]}`);
      return String(r.stdout).split('\0').filter(Boolean);
    }
    const out: string[] = [];
    for (const w of wanted) await walk(w, out);
    return out.map(toRel);
  }

  async function walk(abs: string, out: string[]): Promise<void> {
    let st;
    try {
      st = await lstat(abs);
    } catch {
      throw new SealgateError('USAGE', 'no such file or directory', abs);
    }
    if (st.isSymbolicLink()) {
      notes.push({ path: toRel(abs), reason: 'symlink' });
      return;
    }
    if (st.isFile()) {
      out.push(abs);
      return;
    }
    if (!st.isDirectory()) return;
    const entries = await readdir(abs);
    entries.sort();
    for (const e of entries) {
      if (e === '.git') continue;
      await walk(join(abs, e), out);
    }
  }

  async function read(rel: string): Promise<string | SkipNote> {
    const abs = isAbsolute(rel) ? rel : join(base, rel);
    let st;
    try {
      st = await lstat(abs);
    } catch {
      return { path: rel, reason: 'vanished' };
    }
    if (st.isSymbolicLink()) return { path: rel, reason: 'symlink' };
    if (!st.isFile()) return { path: rel, reason: 'unreadable', detail: 'not a regular file' };
    if (st.size > opts.maxFileSize) return { path: rel, reason: 'too-large', detail: `${st.size} bytes` };
    let buf: Buffer;
    try {
      buf = await readFile(abs);
    } catch (e) {
      return { path: rel, reason: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? 'error' };
    }
    const text = decodeText(buf);
    if (text === undefined) return { path: rel, reason: 'binary' };
    return text;
  }

  return {
    notes,
    async *targets() {
      for (const rel of await list()) {
        const r = await read(rel);
        if (typeof r === 'string') yield { path: rel, content: r, added: 'all' as const };
        else notes.push(r);
      }
    },
    async readFile(rel: string) {
      const r = await read(rel);
      return typeof r === 'string' ? r : undefined;
    },
  };
}
