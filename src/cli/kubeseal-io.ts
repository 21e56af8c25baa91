import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { writeFileAtomic } from '../atomic-write.ts';
import { isSealgateError, SealgateError } from '../errors.ts';
import { isScope, SCOPES, type SealedSecretScope } from '../parse/sealed-secret.ts';
import { loadSealingKey, type SealingKey } from '../sealers/kubeseal/cert.ts';
import { execaRunner, fetchControllerCert, readCertSource, type CommandRunner } from '../sealers/kubeseal/cert-source.ts';
import { loadUnsealingKeys, type UnsealingKey } from '../sealers/kubeseal/keys.ts';
import type { ManifestFormat } from '../sealers/kubeseal/manifests.ts';
import { checkInputSize, type CliIO, type CliResult } from './io.ts';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends OptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

/** Shared by the sealing commands: parseArgs with errors that point at the command's help. */
export function parseCommandArgs<T extends OptionsConfig>(command: string, argv: string[], options: T): Parsed<T> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new SealgateError('USAGE', `${(e as Error).message} (see 'sealgate ${command} --help')`);
  }
}

/** Reads the input named by the command's positional (a path, `-` or nothing for stdin), as text. */
export async function readInputText(path: string | undefined, io: CliIO): Promise<{ text: string; file: string }> {
  if (path === undefined || path === '-') {
    const text = await io.readStdin();
    checkInputSize(Buffer.byteLength(text), '-');
    return { text, file: '-' };
  }
  return { text: readFileText(path, io), file: path };
}

/**
 * Reads a manifest named on the command line (relative to the CLI's cwd).
 * @throws SealgateError('INPUT') naming it when it cannot be read or is larger than a manifest can be.
 */
export function readFileText(path: string, io: CliIO): string {
  const size = statSync(resolve(io.cwd, path), { throwIfNoEntry: false })?.size ?? 0;
  checkInputSize(size, path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileBytes(path, io));
  } catch (e) {
    if (isSealgateError(e)) throw e;
    // Replacing the bytes would seal values other than the file's (kubeseal refuses such input too).
    throw new SealgateError('INPUT', 'not valid UTF-8', path);
  }
}

export function readFileBytes(path: string, io: CliIO): Buffer {
  try {
    return readFileSync(resolve(io.cwd, path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
    throw new SealgateError('INPUT', `cannot read: ${why}`, path);
  }
}

/** `--scope` checked against the three names (kubeseal's message). */
export function scopeOption(value: string | undefined): SealedSecretScope | undefined {
  if (value === undefined) return undefined;
  if (!isScope(value)) throw new SealgateError('USAGE', `--scope: must be one of: ${SCOPES.join(', ')} (got '${value}')`);
  return value;
}

/** `--format` (case-insensitive, like kubeseal); undefined when not given. */
export function formatOption(value: string | undefined): ManifestFormat | undefined {
  if (value === undefined) return undefined;
  const f = value.toLowerCase();
  if (f !== 'yaml' && f !== 'json') throw new SealgateError('USAGE', `unsupported output format: ${value} (use yaml or json)`);
  return f;
}

/** Options that say where the sealing certificate comes from. */
export interface CertOptions {
  cert?: string | undefined;
  'controller-name'?: string | undefined;
  'controller-namespace'?: string | undefined;
  kubeconfig?: string | undefined;
  context?: string | undefined;
}

export const CERT_OPTIONS = {
  cert: { type: 'string' },
  'controller-name': { type: 'string' },
  'controller-namespace': { type: 'string' },
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
} as const;

/**
 * The key to seal for: `--cert` (file or URL), else `SEALED_SECRETS_CERT`, else the controller's
 * certificate fetched through kubectl (`--controller-name`/`--controller-namespace`, or the
 * `SEALED_SECRETS_CONTROLLER_NAME`/`_NAMESPACE` env vars, default kube-system/sealed-secrets-controller).
 */
export async function resolveSealingKey(v: CertOptions, io: CliIO, runner?: CommandRunner): Promise<SealingKey> {
  const spec = v.cert ?? nonEmpty(io.env['SEALED_SECRETS_CERT']);
  const { text, source } =
    spec !== undefined
      ? await readCertSource(spec, io.cwd)
      : await fetchControllerCert(
          {
            name: v['controller-name'] ?? nonEmpty(io.env['SEALED_SECRETS_CONTROLLER_NAME']) ?? 'sealed-secrets-controller',
            namespace: v['controller-namespace'] ?? nonEmpty(io.env['SEALED_SECRETS_CONTROLLER_NAMESPACE']) ?? 'kube-system',
            ...(v.kubeconfig !== undefined ? { kubeconfig: v.kubeconfig } : {}),
            ...(v.context !== undefined ? { context: v.context } : {}),
          },
          runner ?? execaRunner(io.env, io.cwd),
        );
  return loadSealingKey(text, source);
}

function nonEmpty(s: string | undefined): string | undefined {
  return s === undefined || s === '' ? undefined : s;
}

/** Loads every `--key` file; `no private key` when none is given. */
export function loadKeyFiles(paths: readonly string[] | undefined, io: CliIO, flag = '--key'): UnsealingKey[] {
  if (!paths || paths.length === 0) throw new SealgateError('USAGE', `no private key given: pass ${flag} FILE (repeatable)`);
  return paths.flatMap((p) => loadUnsealingKeys(readFileText(p, io), p));
}

/**
 * Finishes a command: writes `output` atomically to `write` (relative to cwd) or returns it as stdout;
 * warnings go to stderr.
 */
export function finish(output: string, warnings: readonly string[], write: string | undefined, io: CliIO, mode = 0o644): CliResult {
  const stderr = warnings.map((w) => `sealgate: warning: ${w}\n`).join('');
  if (write === undefined) return { exitCode: 0, stdout: output, stderr };
  writeFileAtomic(resolve(io.cwd, write), output, mode);
  return { exitCode: 0, stdout: '', stderr };
}

/** Refuses to overwrite `path` (used for private keys, which must never be replaced by accident). */
export function refuseExisting(path: string, io: CliIO, flag: string): void {
  if (existsSync(resolve(io.cwd, path))) {
    throw new SealgateError('USAGE', `${flag} ${path} already exists: remove it or choose another path (sealgate never overwrites keys)`);
  }
}
