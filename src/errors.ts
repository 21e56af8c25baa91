/**
 * Errors a user can act on. Every command turns a SealgateError into one line on stderr and exit 2;
 * anything else is an internal error (also exit 2, stack only with --debug).
 */
export type ErrorCode =
  | 'USAGE' // bad flags or arguments
  | 'CONFIG' // .sealgate.yaml (or another config file) is invalid
  | 'INPUT' // a file given to a command (manifest, cert, key) is unreadable or invalid
  | 'GIT' // git is missing, the path is not a repository, a revision does not exist
  | 'CRYPTO' // decryption, MAC or key problems
  | 'IO'; // a write failed

export class SealgateError extends Error {
  override readonly name = 'SealgateError';
  readonly code: ErrorCode;
  /** The file the problem is in, as the user named it. */
  readonly file: string | undefined;
  /** 1-based line in `file`, when known. */
  readonly line: number | undefined;

  constructor(code: ErrorCode, message: string, file?: string, line?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.file = file;
    this.line = line;
  }

  /** `file:line: message`, or just the message: the one line printed on stderr. */
  toLine(): string {
    if (this.file === undefined) return this.message;
    return this.line === undefined ? `${this.file}: ${this.message}` : `${this.file}:${this.line}: ${this.message}`;
  }
}

/** True for a SealgateError, also one from another copy of this module (tests load modules both ways). */
export function isSealgateError(e: unknown): e is SealgateError {
  return e instanceof Error && e.name === 'SealgateError' && typeof (e as SealgateError).toLine === 'function';
}
