import { SealgateError } from '../errors.js';
/**
 * Flags for every diff sealgate parses. Each one pins something a user's config or environment could
 * otherwise change under the parser:
 * - `-U0 --inter-hunk-context=0`: changed lines only (diff.context and diff.interHunkContext would add
 *   context); the added lines are all we need and the whole new text is read from the blob.
 * - `--no-color --no-ext-diff --no-textconv`: color.ui, diff.external / GIT_EXTERNAL_DIFF and textconv
 *   drivers would print something other than the stored lines.
 * - `--src-prefix=a/ --dst-prefix=b/`: diff.noprefix and diff.mnemonicPrefix change the path prefixes.
 * - `--no-relative`: diff.relative would make paths relative to a subdirectory and drop the rest.
 * - `--submodule=short`: diff.submodule=log prints submodule changes without a `diff --git` header.
 * - `--full-index`: whole blob ids on `index` lines, so the new text is read by id from `git cat-file`.
 * - `-M` (find renames, not copies): a renamed file reports only what the rename changed, but a copy is a
 *   new file and is scanned whole (diff.renames=copies is overridden by the explicit flag).
 * Paths are C-quoted (`-c core.quotePath=true`, see GIT_GLOBAL) so the output is ASCII whatever the
 * bytes of a name are; diff.ts decodes them.
 */
export declare const DIFF_FLAGS: readonly string[];
export interface GitOptions {
    /** Directory git runs in. */
    cwd: string;
    /** What the user asked for, for messages: `--staged`, `--range A..B`, … */
    what: string;
    /** Find the repository from `cwd` alone, ignoring GIT_DIR and friends. */
    fromPath?: boolean;
    signal?: AbortSignal | undefined;
}
/** Why git failed, kept as the `cause` of the SealgateError for callers that add advice. */
export declare class GitFailure extends Error {
    readonly name = "GitFailure";
    readonly kind: 'missing-git' | 'not-a-repo' | 'bad-revision' | 'other';
    readonly stderr: string;
    constructor(kind: GitFailure['kind'], stderr: string);
}
/** The environment for a git process (merged over the inherited one). */
export declare function gitEnv(fromPath?: boolean): Record<string, string | undefined>;
/** git's argv with sealgate's global options in front. */
export declare function gitArgs(args: readonly string[]): string[];
/**
 * Runs git to completion and returns its stdout.
 * @throws SealgateError('GIT') with one line: git missing, not a repository, or git's own first error line.
 */
export declare function runGit(args: readonly string[], opts: GitOptions): Promise<string>;
/**
 * Runs git and yields its stdout line by line (without `\n`) while it runs, so a long `git log -p` is
 * parsed as it streams. Stopping early kills git.
 * @throws SealgateError('GIT') like runGit, after the last line.
 */
export declare function gitLines(args: readonly string[], opts: GitOptions): AsyncGenerator<string>;
/**
 * Runs git and yields its stdout as it comes, in raw chunks (for callers that find their own boundaries
 * without decoding every line). Waiting between chunks holds git back (the pipe fills); stopping early
 * kills git.
 * @throws SealgateError('GIT') like runGit, after the last chunk.
 */
export declare function gitChunks(args: readonly string[], opts: GitOptions): AsyncGenerator<Buffer>;
/** The lines of a text stream, split on `\n` only (a `\r` stays part of its line). */
export declare function splitLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string>;
/** A one-line SealgateError('GIT') for a failed git run. */
export declare function gitError(opts: Pick<GitOptions, 'cwd' | 'what'>, kind: GitFailure['kind'], stderr: string): SealgateError;
