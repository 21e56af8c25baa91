/**
 * The history scan's worker thread (a bundle entry of its own, dist/history-worker.js): scans the units
 * of `git log -p` it is sent and answers with findings. Blobs, related files and SOPS MAC checks are
 * asked of the main thread, which owns the one `git cat-file --batch` and the identities.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SopsVerifyResult } from '../scanners/index.ts';
import { diffContext, scanUnit, type UnitDeps } from './history-unit.ts';
import { toWire, type Call, type CallResults, type FromWorker, type ToWorker, type WorkerSetup } from './history-protocol.ts';
import { targetContext } from './scan-target.ts';
import { pathSkipper } from './suppress.ts';

const port = parentPort;
if (port) {
  const setup = workerData as WorkerSetup;
  const pending = new Map<number, (value: unknown) => void>();
  let nextCall = 0;
  const send = (m: FromWorker) => port.postMessage(m);
  const call = <F extends Call['fn']>(c: Extract<Call, { fn: F }>): Promise<CallResults[F]> =>
    new Promise((resolve) => {
      const id = nextCall++;
      pending.set(id, resolve as (value: unknown) => void);
      send({ t: 'call', id, ...c } as FromWorker);
    });
  const sopsVerify = setup.sopsVerify ? { sopsVerify: (file: { path: string; content: string }): Promise<SopsVerifyResult> => call({ fn: 'sops', file }) } : {};
  const ctx = { ...targetContext(setup.config, { ...setup.scannerOptions, ...sopsVerify }, setup.reveal), secretKeys: true };
  const deps: UnitDeps = {
    ctx,
    diffCtx: diffContext(ctx),
    maxFileSize: setup.maxFileSize,
    skipsPath: pathSkipper(setup.skipGlobs),
    blob: (name) => call({ fn: 'blob', name }),
    readFile: (path, sha) => call({ fn: 'readFile', path, sha }),
  };
  port.on('message', (m: ToWorker) => {
    if (m.t === 'reply') {
      pending.get(m.id)?.(m.value);
      pending.delete(m.id);
      return;
    }
    scanUnit({ firstSeq: m.firstSeq, bytes: m.bytes, cut: m.cut }, deps).then(
      (result) => send({ t: 'done', id: m.id, result }),
      (e: unknown) => send({ t: 'failed', id: m.id, error: toWire(e) }),
    );
  });
}
