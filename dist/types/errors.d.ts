/**
 * Errors a user can act on. Every command turns a SealgateError into one line on stderr and exit 2;
 * anything else is an internal error (also exit 2, stack only with --debug).
 */
export type ErrorCode = 'USAGE' | 'CONFIG' | 'INPUT' | 'GIT' | 'CRYPTO' | 'IO';
export declare class SealgateError extends Error {
    readonly name = "SealgateError";
    readonly code: ErrorCode;
    /** The file the problem is in, as the user named it. */
    readonly file: string | undefined;
    /** 1-based line in `file`, when known. */
    readonly line: number | undefined;
    constructor(code: ErrorCode, message: string, file?: string, line?: number, options?: {
        cause?: unknown;
    });
    /** `file:line: message`, or just the message: the one line printed on stderr. */
    toLine(): string;
}
/** True for a SealgateError, also one from another copy of this module (tests load modules both ways). */
export declare function isSealgateError(e: unknown): e is SealgateError;
