/**
 * Running git: fixed argv (never a shell), a pinned environment, and failures turned into one-line
 * SealgateError('GIT') messages.
 */
import { StringDecoder } from 'node:string_decoder';
import { SealgateError } from '../errors.ts';
import { spawnProcess, type ProcessResult } from './spawn.ts';

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
export const DIFF_FLAGS: readonly string[] = [
  '-U0',
  '--inter-hunk-context=0',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--no-relative',
  '--submodule=short',
  '--full-index',
  '-M',
];

/**
 * Options before the git command: ASCII-quoted paths, no pager, pathspecs taken literally (a `*` in a name
 * is a `*`), and nothing the scanned repository's config names is run: `core.fsmonitor` (a command git
 * runs from `ls-files`), signature checks (`log.showSignature` runs `gpg.program`), and no transport at
 * all (a partial clone's lazy fetch would run `core.sshCommand` or a remote helper).
 */
const GIT_GLOBAL = [
  '-c',
  'core.quotePath=true',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'log.showSignature=false',
  '-c',
  'protocol.allow=never',
  '--no-pager',
  '--literal-pathspecs',
];

/** Stable messages (LC_ALL=C), never a prompt or a pager, no external diff program, no optional index writes, no lazy fetch. */
const HYGIENE_ENV: Record<string, string | undefined> = {
  LC_ALL: 'C',
  GIT_PAGER: 'cat',
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_NO_LAZY_FETCH: '1',
  GIT_EXTERNAL_DIFF: undefined,
  GIT_DIFF_OPTS: undefined,
};

/**
 * Variables that point git at a repository. Kept for --staged and --range (a pre-commit hook runs with
 * GIT_INDEX_FILE set to the index being committed), dropped when the repository is found from a path the
 * user named, which may be a different repository.
 */
const LOCATION_ENV: Record<string, undefined> = {
  GIT_DIR: undefined,
  GIT_WORK_TREE: undefined,
  GIT_INDEX_FILE: undefined,
  GIT_COMMON_DIR: undefined,
  GIT_OBJECT_DIRECTORY: undefined,
  GIT_ALTERNATE_OBJECT_DIRECTORIES: undefined,
  GIT_NAMESPACE: undefined,
  GIT_PREFIX: undefined,
};

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
export class GitFailure extends Error {
  override readonly name = 'GitFailure';
  readonly kind: 'missing-git' | 'not-a-repo' | 'bad-revision' | 'other';
  readonly stderr: string;

  constructor(kind: GitFailure['kind'], stderr: string) {
    super(firstLine(stderr));
    this.kind = kind;
    this.stderr = stderr;
  }
}

/** The environment for a git process (merged over the inherited one). */
export function gitEnv(fromPath = false): Record<string, string | undefined> {
  return fromPath ? { ...HYGIENE_ENV, ...LOCATION_ENV } : { ...HYGIENE_ENV };
}

/** git's argv with sealgate's global options in front. */
export function gitArgs(args: readonly string[]): string[] {
  return [...GIT_GLOBAL, ...args];
}

/**
 * Runs git to completion and returns its stdout.
 * @throws SealgateError('GIT') with one line: git missing, not a repository, or git's own first error line.
 */
export async function runGit(args: readonly string[], opts: GitOptions): Promise<string> {
  const { proc, done } = spawnProcess('git', gitArgs(args), { cwd: opts.cwd, env: gitEnv(opts.fromPath), stdin: 'ignore', signal: opts.signal });
  const chunks: Buffer[] = [];
  proc.stdout?.on('data', (c: Buffer) => chunks.push(c));
  const r = await done;
  checkResult(r, opts);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Runs git and yields its stdout line by line (without `\n`) while it runs, so a long `git log -p` is
 * parsed as it streams. Stopping early kills git.
 * @throws SealgateError('GIT') like runGit, after the last line.
 */
export async function* gitLines(args: readonly string[], opts: GitOptions): AsyncGenerator<string> {
  yield* splitLines(gitChunks(args, opts));
}

/**
 * Runs git and yields its stdout as it comes, in raw chunks (for callers that find their own boundaries
 * without decoding every line). Waiting between chunks holds git back (the pipe fills); stopping early
 * kills git.
 * @throws SealgateError('GIT') like runGit, after the last chunk.
 */
export async function* gitChunks(args: readonly string[], opts: GitOptions): AsyncGenerator<Buffer> {
  const { proc, done } = spawnProcess('git', gitArgs(args), { cwd: opts.cwd, env: gitEnv(opts.fromPath), stdin: 'ignore', signal: opts.signal });
  let finished = false;
  try {
    if (proc.stdout) yield* proc.stdout as AsyncIterable<Buffer>;
    finished = true;
  } finally {
    if (!finished) proc.kill();
    const r = await done;
    if (finished) checkResult(r, opts);
  }
}

function checkResult(r: ProcessResult, opts: GitOptions): void {
  if (r.canceled) throw new SealgateError('GIT', `${opts.what}: cancelled`);
  if (r.code === 'ENOENT') throw gitError(opts, 'missing-git', '');
  if (r.exitCode !== 0) throw gitError(opts, classify(r.stderr), r.stderr);
}

/** The lines of a text stream, split on `\n` only (a `\r` stays part of its line). */
export async function* splitLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of stream) {
    const parts = (rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk))).split('\n');
    rest = parts.pop() as string;
    yield* parts;
  }
  rest += decoder.end();
  if (rest !== '') yield rest;
}

/** A one-line SealgateError('GIT') for a failed git run. */
export function gitError(opts: Pick<GitOptions, 'cwd' | 'what'>, kind: GitFailure['kind'], stderr: string): SealgateError {
  const cause = new GitFailure(kind, stderr);
  const message =
    kind === 'missing-git'
      ? `${opts.what} needs git, which is not installed or not on PATH`
      : kind === 'not-a-repo'
        ? `${opts.what} needs a git repository, and ${opts.cwd} is not in one`
        : `${opts.what}: ${cause.message || 'git failed'}`;
  return new SealgateError('GIT', message, undefined, undefined, { cause });
}

function classify(stderr: string): GitFailure['kind'] {
  // Outside a repository `git diff --cached` falls back to `--no-index` mode and rejects the option.
  if (/not a git repository|--no-index/.test(stderr)) return 'not-a-repo';
  if (/unknown revision|bad revision|bad object|invalid symmetric difference|no merge base|not a valid object name|Invalid revision range/i.test(stderr)) {
    return 'bad-revision';
  }
  return 'other';
}

/** git's first `fatal:`/`error:` line without the label, or its first line. */
function firstLine(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const main = lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[0] ?? '';
  return main.replace(/^(fatal|error):\s*/, '');
}
