/** Messages between the history scan (main thread) and its workers, and errors carried across. */
import type { Config } from '../config/config.ts';
import { isSealgateError, SealgateError, type ErrorCode } from '../errors.ts';
import type { ScannerOptions, SopsVerifyResult } from '../scanners/index.ts';
import type { BlobRead } from '../sources/blobs.ts';
import type { UnitResult } from './history-unit.ts';

/** What every worker starts with (`workerData`): plain data, no functions. */
export interface WorkerSetup {
  config: Config;
  scannerOptions: Omit<ScannerOptions, 'sopsVerify'>;
  /** The main thread holds a SOPS MAC verifier; workers ask it. */
  sopsVerify: boolean;
  reveal: boolean;
  maxFileSize: number;
  skipGlobs: readonly string[];
}

export type ToWorker =
  | { t: 'unit'; id: number; firstSeq: number; bytes: Uint8Array; cut: boolean }
  | { t: 'reply'; id: number; value: unknown };

export type Call =
  | { fn: 'blob'; name: string }
  | { fn: 'readFile'; path: string; sha: string }
  | { fn: 'sops'; file: { path: string; content: string } };

export type FromWorker =
  | ({ t: 'call'; id: number } & Call)
  | { t: 'done'; id: number; result: UnitResult }
  | { t: 'failed'; id: number; error: WireError };

/** What each call answers. */
export interface CallResults {
  blob: BlobRead;
  readFile: string | undefined;
  sops: SopsVerifyResult;
}

/** An error on the wire: a SealgateError keeps its code, file and line; any other error only its name. */
export interface WireError {
  code?: ErrorCode;
  message: string;
  file?: string;
  line?: number;
  /** The stack of the cause (or of the error itself), shown only with --debug. */
  detail?: string;
}

export function toWire(e: unknown): WireError {
  if (isSealgateError(e)) {
    const cause = e.cause instanceof Error ? (e.cause.stack ?? e.cause.message) : undefined;
    return { code: e.code, message: e.message, ...(e.file !== undefined ? { file: e.file } : {}), ...(e.line !== undefined ? { line: e.line } : {}), ...(cause ? { detail: cause } : {}) };
  }
  const err = e instanceof Error ? e : new Error(String(e));
  return { message: err.name, detail: err.stack ?? err.message };
}

/** The error again on this side: a SealgateError, or an internal error whose message is only its name. */
export function fromWire(w: WireError): Error {
  const cause = w.detail !== undefined ? { cause: Object.assign(new Error('in a history worker'), { stack: w.detail }) } : undefined;
  if (w.code !== undefined) return new SealgateError(w.code, w.message, w.file, w.line, cause);
  return new Error(`internal error in a history worker (${w.message})`, cause);
}
