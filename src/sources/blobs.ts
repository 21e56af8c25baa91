import { gitArgs, gitEnv, gitError } from './git.ts';
import { spawnProcess, type Spawned } from './spawn.ts';
import { decodeText } from './text.ts';

/** What reading one object gave. */
export type BlobRead =
  | { kind: 'text'; text: string; size: number }
  | { kind: 'binary'; size: number }
  | { kind: 'too-large'; size: number }
  | { kind: 'missing' }
  /** A commit object's raw text (read to learn a commit's author and subject). */
  | { kind: 'commit'; id: string; text: string }
  /** The name resolves to something that is not a file: a tree, or a submodule's commit. */
  | { kind: 'not-a-blob'; type: string };

interface Request {
  resolve(r: BlobRead): void;
  reject(e: Error): void;
}

interface Body {
  id: string;
  type: string;
  size: number;
  /** Bytes still to come, including the `\n` after the content. */
  left: number;
  /** False for objects we only skip over (too large, not a blob). */
  keep: boolean;
  chunks: Buffer[];
}

/**
 * Reads objects through one long-lived `git cat-file --batch` (never one process per file). Requests are
 * answered in order; objects above `maxSize` are streamed past without being held in memory. The
 * process starts on the first read and ends with `close()` (a later read starts a new one).
 */
export class BlobReader {
  readonly #cwd: string;
  readonly #what: string;
  readonly #maxSize: number;
  #proc: Spawned | undefined;
  #queue: Request[] = [];
  #head: Buffer[] = [];
  #body: Body | undefined;

  constructor(opts: { cwd: string; maxSize: number; what: string }) {
    this.#cwd = opts.cwd;
    this.#maxSize = opts.maxSize;
    this.#what = opts.what;
  }

  /**
   * Reads an object by name: a blob id, `REV:path`, `:0:path` (the index), or `REV^{commit}`. Text is
   * decoded as UTF-8 (BOM removed); binary means a NUL byte in the first 8000 bytes.
   * @throws SealgateError('GIT') when git cannot run or dies.
   */
  read(name: string): Promise<BlobRead> {
    if (name.includes('\n') || name === '') return Promise.resolve({ kind: 'missing' });
    const { proc } = this.#start();
    return new Promise<BlobRead>((resolve, reject) => {
      this.#queue.push({ resolve, reject });
      proc.stdin?.write(`${name}\n`);
    });
  }

  /** Text of the object, or undefined when it is missing, binary, too large or not a file. */
  async readText(name: string): Promise<string | undefined> {
    const r = await this.read(name);
    return r.kind === 'text' ? r.text : undefined;
  }

  /** Ends the process after it has answered every request. */
  async close(): Promise<void> {
    const spawned = this.#proc;
    if (!spawned) return;
    this.#proc = undefined;
    spawned.proc.stdin?.end();
    await spawned.done;
  }

  #start() {
    if (this.#proc) return this.#proc;
    const spawned = spawnProcess('git', gitArgs(['cat-file', '--batch']), { cwd: this.#cwd, env: gitEnv(), stdin: 'pipe' });
    const { proc } = spawned;
    this.#head = [];
    this.#body = undefined;
    const pending: Request[] = [];
    this.#queue = pending;
    proc.stdin?.on('error', () => undefined); // git exiting early is reported below, not as EPIPE
    proc.stdout?.on('data', (chunk: Buffer) => this.#data(chunk));
    void spawned.done.then((r) => {
      if (pending.length === 0) return;
      const e = r.code === 'ENOENT' ? gitError({ cwd: this.#cwd, what: this.#what }, 'missing-git', '') : gitError({ cwd: this.#cwd, what: this.#what }, 'other', r.stderr);
      for (const req of pending.splice(0)) req.reject(e);
    });
    this.#proc = spawned;
    return spawned;
  }

  #data(chunk: Buffer): void {
    let off = 0;
    while (off < chunk.length) {
      const body = this.#body;
      if (body) {
        const take = Math.min(body.left, chunk.length - off);
        if (body.keep) body.chunks.push(chunk.subarray(off, off + take));
        body.left -= take;
        off += take;
        if (body.left === 0) {
          this.#body = undefined;
          this.#answer(this.#result(body));
        }
        continue;
      }
      const nl = chunk.indexOf(10, off);
      if (nl < 0) {
        this.#head.push(chunk.subarray(off));
        return;
      }
      const header = Buffer.concat([...this.#head, chunk.subarray(off, nl)]).toString('utf8');
      this.#head = [];
      off = nl + 1;
      this.#header(header);
    }
  }

  #header(header: string): void {
    const parts = header.split(' ');
    const [id = '', type = '', size = ''] = parts;
    if (parts.length !== 3 || !/^\d+$/.test(size) || header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      this.#answer({ kind: 'missing' });
      return;
    }
    const n = Number(size);
    const keep = (type === 'blob' || type === 'commit') && n <= this.#maxSize;
    this.#body = { id, type, size: n, left: n + 1, keep, chunks: [] };
  }

  #result(body: Body): BlobRead {
    const bytes = () => Buffer.concat(body.chunks).subarray(0, body.size);
    if (body.type === 'commit' && body.keep) return { kind: 'commit', id: body.id, text: bytes().toString('utf8') };
    if (body.type !== 'blob') return { kind: 'not-a-blob', type: body.type };
    if (!body.keep) return { kind: 'too-large', size: body.size };
    const text = decodeText(bytes());
    return text === undefined ? { kind: 'binary', size: body.size } : { kind: 'text', text, size: body.size };
  }

  #answer(r: BlobRead): void {
    this.#queue.shift()?.resolve(r);
  }
}
