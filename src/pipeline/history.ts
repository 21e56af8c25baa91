/**
 * `scan --history`: one streaming `git log -p`, cut into units on this thread (sources/history.ts) and
 * scanned by worker threads (history-worker.ts), one `git cat-file --batch` answering their blob reads.
 * A secret is reported once, at the first commit in the log (oldest first) that adds it: the same secret
 * (same rule, same value) re-added later, in the same file or another, or brought back by a merge, a
 * revert or a cherry-pick on another branch, is not reported again.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/config.ts';
import type { Finding } from '../findings/finding.ts';
import type { Note } from '../findings/report.ts';
import type { ScannerOptions, SopsVerifier } from '../scanners/index.ts';
import type { SkipNote } from '../sources/index.ts';
import { BlobReader } from '../sources/blobs.ts';
import { countHistory, historyAvailable, historyUnits, type HistoryRange, type LogUnit } from '../sources/history.ts';
import { repoRelative } from '../sources/repo.ts';
import { fromWire, type CallResults, type FromWorker, type ToWorker, type WorkerSetup } from './history-protocol.ts';
import { diffContext, scanUnit, type SeqFinding, type UnitDeps, type UnitResult } from './history-unit.ts';
import { targetContext } from './scan-target.ts';
import { pathSkipper, type Suppressions } from './suppress.ts';

/** Where a history scan is, for a progress line. */
export interface HistoryProgress {
  /** Commits read from the log so far. */
  commits: number;
  /** Commits the log will show in all, when known. */
  totalCommits?: number;
  /** Bytes of `git log -p` read so far. */
  bytes: number;
  elapsedMs: number;
}

export interface HistoryScanOptions {
  cwd: string;
  range: HistoryRange;
  config: Config;
  scannerOptions: Omit<ScannerOptions, 'sopsVerify'>;
  sopsVerify?: SopsVerifier;
  reveal: boolean;
  suppressions: Suppressions;
  /** Worker threads (default: one per core); 0 scans on the calling thread. */
  workers?: number;
  signal?: AbortSignal;
  onProgress?: (p: HistoryProgress) => void;
  /** Size of a unit of work (tests make it small to spread a small history over the workers). */
  unitBytes?: number;
}

export interface HistoryResult {
  /** Kept findings, not yet sorted; the baseline and ignore file already applied. */
  findings: Finding[];
  notes: Note[];
  skips: SkipNote[];
  files: number;
  bytes: number;
  suppressed: number;
}

const PROGRESS_EVERY_MS = 200;

/**
 * Scans the history. Memory stays bounded: at most two units per worker are in flight, and reading
 * the log waits for them (git then waits on its full pipe).
 * @throws SealgateError('GIT') for a shallow clone, a bad `--since`, or git failing; SealgateError(INPUT)
 * when a scanner breaks on a file.
 */
export async function scanHistory(opts: HistoryScanOptions): Promise<HistoryResult> {
  const started = performance.now();
  const result: HistoryResult = { findings: [], notes: [], skips: [], files: 0, bytes: 0, suppressed: 0 };
  if (!(await historyAvailable(opts.cwd, opts.range))) return result;

  const blobs = new BlobReader({ cwd: opts.cwd, maxSize: opts.config.maxFileSize, what: '--history' });
  const setup: WorkerSetup = {
    config: opts.config,
    scannerOptions: opts.scannerOptions,
    sopsVerify: opts.sopsVerify !== undefined,
    reveal: opts.reveal,
    maxFileSize: opts.config.maxFileSize,
    skipGlobs: opts.suppressions.skipGlobs,
  };
  const answer: Answers = {
    blob: (c: { name: string }) => blobs.read(c.name),
    readFile: (c: { path: string; sha: string }) => {
      const p = repoRelative(c.path);
      return p === undefined ? Promise.resolve(undefined) : blobs.readText(`${c.sha}:${p}`);
    },
    sops: (c: { file: { path: string; content: string } }) => (opts.sopsVerify ? opts.sopsVerify(c.file) : Promise.resolve('not-sops' as const)),
  };
  const threads = opts.workers ?? availableParallelism();
  const pool: Runner = threads > 0 ? new WorkerPool(threads, setup, answer) : inlineRunner(setup, answer, opts.sopsVerify);

  const first = new Map<string, { seq: number; list: SeqFinding[] }>();
  const skipped = new Set<string>();
  const noted = new Set<string>();
  const collect = (r: UnitResult) => {
    for (const f of r.findings) {
      const had = first.get(f.key);
      if (had === undefined || f.seq < had.seq) first.set(f.key, { seq: f.seq, list: [f] });
      else if (f.seq === had.seq) had.list.push(f);
    }
    // A file skipped or misparsed in many commits is noted once.
    for (const s of r.skips) {
      const key = `${s.path}\0${s.reason}`;
      if (!skipped.has(key)) {
        skipped.add(key);
        result.skips.push(s);
      }
    }
    for (const n of r.notes) {
      const key = `${n.file}\0${n.line ?? ''}\0${n.message}`;
      if (!noted.has(key)) {
        noted.add(key);
        result.notes.push(n);
      }
    }
    result.files += r.files;
    result.bytes += r.bytes;
    result.suppressed += r.suppressed;
  };

  const progress = progressReporter(opts, started);
  const inflight = new Set<Promise<void>>();
  const limit = 2 * pool.size;
  try {
    const units = historyUnits(opts.cwd, opts.range, { maxFileSize: opts.config.maxFileSize, signal: opts.signal, onChunk: progress.chunk, ...(opts.unitBytes ? { unitBytes: opts.unitBytes } : {}) });
    for await (const unit of units) {
      while (inflight.size >= limit) await Promise.race(inflight);
      const p: Promise<void> = pool.run(unit).then(collect);
      const tracked = p.finally(() => inflight.delete(tracked));
      tracked.catch(() => undefined); // surfaced by the race or the final wait
      inflight.add(tracked);
    }
    await Promise.all(inflight);
  } finally {
    progress.stop();
    await pool.close();
    await blobs.close();
  }

  const seqOrder = new Map<Finding, number>();
  for (const { list } of first.values()) {
    for (const { seq, finding } of list) {
      if (opts.suppressions.silences(finding)) result.suppressed++;
      else {
        seqOrder.set(finding, seq);
        result.findings.push(finding);
      }
    }
  }
  // Ties in report order (the same place in different commits) follow the log, whatever the workers did.
  result.findings.sort((a, b) => (seqOrder.get(a) as number) - (seqOrder.get(b) as number) || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0) || a.line - b.line || a.column - b.column);
  return result;
}

function progressReporter(opts: HistoryScanOptions, started: number) {
  const on = opts.onProgress;
  if (!on) return { chunk: undefined, stop: () => undefined };
  let total: number | undefined;
  void countHistory(opts.cwd, opts.range).then((n) => (total = n));
  let commits = 0;
  let bytes = 0;
  let last = 0;
  const emit = () => on({ commits, bytes, elapsedMs: performance.now() - started, ...(total !== undefined ? { totalCommits: total } : {}) });
  return {
    chunk: (n: number, c: number) => {
      bytes += n;
      commits += c;
      const now = performance.now();
      if (now - last >= PROGRESS_EVERY_MS) {
        last = now;
        emit();
      }
    },
    stop: () => (last > 0 ? emit() : undefined),
  };
}

/** How the main thread answers the calls of the unit scanner (its blob reader, git, the SOPS identities). */
interface Answers {
  blob(c: { name: string }): Promise<CallResults['blob']>;
  readFile(c: { path: string; sha: string }): Promise<CallResults['readFile']>;
  sops(c: { file: { path: string; content: string } }): Promise<CallResults['sops']>;
}

/** Scans units: on worker threads, or on this one. */
interface Runner {
  readonly size: number;
  run(unit: LogUnit): Promise<UnitResult>;
  close(): Promise<void>;
}

/** No threads: the units are scanned here, one after the other (the library's `workers: 0`). */
function inlineRunner(setup: WorkerSetup, answer: Answers, sopsVerify: SopsVerifier | undefined): Runner {
  const ctx = { ...targetContext(setup.config, { ...setup.scannerOptions, ...(sopsVerify ? { sopsVerify } : {}) }, setup.reveal), secretKeys: true };
  const deps: UnitDeps = {
    ctx,
    diffCtx: diffContext(ctx),
    maxFileSize: setup.maxFileSize,
    skipsPath: pathSkipper(setup.skipGlobs),
    blob: (name) => answer.blob({ name }),
    readFile: (path, sha) => answer.readFile({ path, sha }),
  };
  return { size: 1, run: (unit) => scanUnit(unit, deps), close: async () => undefined };
}

/** Worker threads, each given units in turn (the least busy first); calls from them are answered here. */
class WorkerPool implements Runner {
  readonly size: number;
  readonly #workers: { worker: Worker; busy: number }[] = [];
  readonly #jobs = new Map<number, { resolve(r: UnitResult): void; reject(e: Error): void; slot: { busy: number } }>();
  #nextJob = 0;
  #failure: Error | undefined;

  constructor(size: number, setup: WorkerSetup, answer: Answers) {
    this.size = size;
    for (let i = 0; i < size; i++) {
      const worker = startWorker(setup);
      const slot = { worker, busy: 0 };
      worker.on('message', (m: FromWorker) => this.#message(worker, m, answer));
      worker.on('error', (e: Error) => this.#fail(e));
      worker.on('exit', (code) => {
        if (code !== 0 && this.#jobs.size > 0) this.#fail(new Error(`a history worker stopped (exit code ${code})`));
      });
      this.#workers.push(slot);
    }
  }

  /** Scans a unit on the least busy worker. */
  run(unit: LogUnit): Promise<UnitResult> {
    if (this.#failure) return Promise.reject(this.#failure);
    const slot = this.#workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.#nextJob++;
    slot.busy++;
    // A copy of just these bytes (a unit may be a view into a larger or shared buffer), handed over without another copy.
    const bytes = new Uint8Array(unit.bytes);
    const message: ToWorker = { t: 'unit', id, firstSeq: unit.firstSeq, bytes, cut: unit.cut ?? false };
    return new Promise<UnitResult>((resolve, reject) => {
      this.#jobs.set(id, { resolve, reject, slot });
      slot.worker.postMessage(message, [bytes.buffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.worker.terminate()));
  }

  #message(worker: Worker, m: FromWorker, answer: Answers): void {
    if (m.t === 'call') {
      const reply = (value: unknown) => worker.postMessage({ t: 'reply', id: m.id, value } satisfies ToWorker);
      (answer[m.fn] as (c: unknown) => Promise<unknown>).call(answer, m).then(reply, (e: unknown) => this.#fail(e instanceof Error ? e : new Error(String(e))));
      return;
    }
    const job = this.#jobs.get(m.id);
    if (!job) return;
    this.#jobs.delete(m.id);
    job.slot.busy--;
    if (m.t === 'done') job.resolve(m.result);
    else job.reject(fromWire(m.error));
  }

  #fail(e: Error): void {
    this.#failure ??= e;
    for (const job of this.#jobs.values()) job.reject(e);
    this.#jobs.clear();
  }
}

/**
 * A worker running history-worker: `dist/history-worker.js` in the bundle (where this code sits in
 * `dist/` or in a chunk under `dist/chunks/`), or the TypeScript module beside this one when running
 * from the sources through tsx — whose hooks Node 20 does not pass on to workers, so the worker
 * registers them itself first.
 */
function startWorker(workerData: WorkerSetup): Worker {
  // A small young generation: the per-file garbage dies young anyway, and V8's default (16 MB semi-spaces
  // per thread) made two workers alone push a history scan past 300 MB of RSS for no speed-up (measured).
  const options = { workerData, resourceLimits: { maxYoungGenerationSizeMb: 8 } };
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const tsx = import.meta.resolve('tsx/esm/api');
    const module = new URL('./history-worker.ts', here).href;
    return new Worker(`import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(module)}); })`, { ...options, eval: true });
  }
  for (const rel of ['./history-worker.js', '../history-worker.js']) {
    const url = new URL(rel, here);
    if (existsSync(fileURLToPath(url))) return new Worker(url, options);
  }
  throw new Error('history-worker.js is missing from the installation');
}
