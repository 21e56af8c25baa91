/**
 * Per-file change history for the governance checks: which blob each commit gave a file, and the blobs'
 * text. A fixed number of git processes however many files and keys: one `git log` per batch of paths
 * and one `git cat-file --batch` for all blobs.
 */
import { execa } from 'execa';
import { SealgateError } from '../errors.ts';
import { decodeText } from './text.ts';

/** One commit that changed a file. */
export interface FileVersion {
  commit: string;
  /** ISO 8601 author date: when the change was written (rebases and cherry-picks keep it). */
  date: string;
  /** The file's blob after the commit; undefined when the commit deleted it. */
  blob: string | undefined;
}

const PATHS_PER_LOG = 400;
const NULL_SHA = /^0+$/;

/**
 * The commits reachable from HEAD that changed each of `paths` (repo-relative), newest first (topological
 * order). A path with no commit (untracked) maps to []. Renames are not followed: a moved file starts anew.
 * @throws SealgateError('GIT') when git fails (no repository, no git).
 */
export async function fileVersions(root: string, paths: readonly string[], signal?: AbortSignal): Promise<Map<string, FileVersion[]>> {
  const out = new Map<string, FileVersion[]>(paths.map((p) => [p, []]));
  if (paths.length === 0 || !(await hasHead(root))) return out;
  for (let i = 0; i < paths.length; i += PATHS_PER_LOG) {
    const batch = paths.slice(i, i + PATHS_PER_LOG);
    const args = ['log', '--topo-order', '--no-renames', '--raw', '--no-abbrev', '-z', '--format=%x01%H %aI', '--', ...batch];
    const r = await git(root, args, signal);
    for (const record of r.split('\x01')) {
      const headerEnd = record.indexOf('\0');
      if (headerEnd < 0) continue;
      const [commit = '', date = ''] = record.slice(0, headerEnd).split(' ');
      const fields = record.slice(headerEnd + 1).replace(/^\n/, '').split('\0');
      for (let f = 0; f + 1 < fields.length; f += 2) {
        const meta = (fields[f] as string).split(' ');
        const path = fields[f + 1] as string;
        const blob = meta[3] ?? '';
        out.get(path)?.push({ commit, date, blob: NULL_SHA.test(blob) || blob === '' ? undefined : blob });
      }
    }
  }
  return out;
}

/**
 * The text of each blob id, read through one `git cat-file --batch`. Binary, missing and non-blob objects
 * are left out.
 * @throws SealgateError('GIT') when git fails.
 */
export async function readBlobs(root: string, ids: readonly string[], signal?: AbortSignal): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const unique = [...new Set(ids)].filter((id) => /^[0-9a-f]{40,64}$/.test(id));
  if (unique.length === 0) return out;
  const r = await execa('git', ['cat-file', '--batch'], {
    cwd: root,
    input: `${unique.join('\n')}\n`,
    encoding: 'buffer',
    reject: false,
    stripFinalNewline: false,
    ...(signal ? { cancelSignal: signal } : {}),
  });
  if (r.exitCode !== 0) throw gitFailure(r.stderr, r.code);
  const buf = Buffer.from(r.stdout as Uint8Array);
  let off = 0;
  while (off < buf.length) {
    const nl = buf.indexOf(10, off);
    if (nl < 0) break;
    const [id = '', type = '', size = ''] = buf.subarray(off, nl).toString('utf8').split(' ');
    off = nl + 1;
    if (!/^\d+$/.test(size)) continue; // `<id> missing`
    const n = Number(size);
    if (type === 'blob') {
      const text = decodeText(buf.subarray(off, off + n));
      if (text !== undefined) out.set(id, text);
    }
    off += n + 1;
  }
  return out;
}

async function hasHead(root: string): Promise<boolean> {
  const r = await execa('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: root, reject: false });
  if (r.code === 'ENOENT') throw gitFailure('', r.code);
  return r.exitCode === 0;
}

async function git(root: string, args: string[], signal: AbortSignal | undefined): Promise<string> {
  const r = await execa('git', args, {
    cwd: root,
    reject: false,
    stripFinalNewline: false,
    env: { GIT_LITERAL_PATHSPECS: '1' },
    ...(signal ? { cancelSignal: signal } : {}),
  });
  if (r.exitCode !== 0) throw gitFailure(r.stderr, r.code);
  return String(r.stdout);
}

function gitFailure(stderr: unknown, code: string | undefined): SealgateError {
  if (code === 'ENOENT') return new SealgateError('GIT', 'git is not installed or not on PATH');
  const first = (Buffer.isBuffer(stderr) || stderr instanceof Uint8Array ? Buffer.from(stderr).toString('utf8') : String(stderr ?? '')).split('\n')[0];
  return new SealgateError('GIT', `git failed reading file history: ${first || 'unknown error'}`);
}
