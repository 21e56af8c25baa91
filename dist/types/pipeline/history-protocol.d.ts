/** Messages between the history scan (main thread) and its workers, and errors carried across. */
import type { Config } from '../config/config.js';
import { type ErrorCode } from '../errors.js';
import type { ScannerOptions, SopsVerifyResult } from '../scanners/index.js';
import type { BlobRead } from '../sources/blobs.js';
import type { UnitResult } from './history-unit.js';
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
export type ToWorker = {
    t: 'unit';
    id: number;
    firstSeq: number;
    bytes: Uint8Array;
    cut: boolean;
} | {
    t: 'reply';
    id: number;
    value: unknown;
};
export type Call = {
    fn: 'blob';
    name: string;
} | {
    fn: 'readFile';
    path: string;
    sha: string;
} | {
    fn: 'sops';
    file: {
        path: string;
        content: string;
    };
};
export type FromWorker = ({
    t: 'call';
    id: number;
} & Call) | {
    t: 'done';
    id: number;
    result: UnitResult;
} | {
    t: 'failed';
    id: number;
    error: WireError;
};
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
export declare function toWire(e: unknown): WireError;
/** The error again on this side: a SealgateError, or an internal error whose message is only its name. */
export declare function fromWire(w: WireError): Error;
