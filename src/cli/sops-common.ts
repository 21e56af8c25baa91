/** What the SOPS commands share: reading the input, picking formats and `.sops.yaml`, writing the result. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import { isSealgateError, SealgateError } from '../errors.ts';
import { findSopsConfig, formatFromPath, loadSopsConfig, SOPS_FORMATS, type SopsConfig, type SopsFormat } from '../sealers/sops/index.ts';
import { checkInputSize, type CliIO } from './io.ts';

export interface SopsInput {
  bytes: Uint8Array;
  /** The name for messages: the path as given, the override, or `-`. */
  name: string;
  /** Absolute path used for `.sops.yaml` rules and in-place writes (undefined for stdin without override). */
  absPath: string | undefined;
  /** Absolute path of the file read (undefined for stdin). */
  filePath: string | undefined;
  /** True when read from stdin. */
  stdin: boolean;
}

/**
 * Runs a `parseArgs` call.
 * @throws SealgateError('USAGE') pointing at the command's help when the arguments are invalid.
 */
export function parseOrUsage<T>(parse: () => T, command: string): T {
  try {
    return parse();
  } catch (e) {
    throw new SealgateError('USAGE', `${(e as Error).message} (see 'sealgate ${command} --help')`);
  }
}

/**
 * Reads FILE, or stdin for no FILE or `-`.
 * @throws SealgateError('INPUT') when the file cannot be read; ('USAGE') for more than one file.
 */
export async function readSopsInput(positionals: string[], io: CliIO, filenameOverride: string | undefined): Promise<SopsInput> {
  if (positionals.length > 1) throw new SealgateError('USAGE', 'expected one file');
  const file = positionals[0];
  if (file === undefined || file === '-') {
    const text = await io.readStdin();
    return {
      bytes: new TextEncoder().encode(text),
      name: filenameOverride ?? '-',
      absPath: filenameOverride === undefined ? undefined : resolve(io.cwd, filenameOverride),
      filePath: undefined,
      stdin: true,
    };
  }
  const abs = resolve(io.cwd, file);
  try {
    return { bytes: readFileSync(abs), name: file, absPath: filenameOverride === undefined ? abs : resolve(io.cwd, filenameOverride), filePath: abs, stdin: false };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new SealgateError('INPUT', code === 'ENOENT' ? 'no such file' : `cannot read: ${code ?? 'error'}`, file);
  }
}

function parseFormat(value: string | undefined, flag: string): SopsFormat | undefined {
  if (value === undefined) return undefined;
  if (!(SOPS_FORMATS as readonly string[]).includes(value)) throw new SealgateError('USAGE', `${flag}: expected one of ${SOPS_FORMATS.join(', ')}, got '${value}'`);
  return value as SopsFormat;
}

/**
 * Input and output formats: the flags, else the file name's extension (as sops does).
 * @throws SealgateError('USAGE') for an unknown type, or stdin without a type or file name.
 */
export function resolveFormats(input: SopsInput, inputType: string | undefined, outputType: string | undefined): { input: SopsFormat; output: SopsFormat } {
  const fromName = input.stdin && input.name === '-' ? undefined : formatFromPath(input.name);
  const inFormat = parseFormat(inputType, '--input-type') ?? fromName;
  if (inFormat === undefined) throw new SealgateError('USAGE', 'reading stdin needs --input-type or --filename-override');
  if (inFormat !== 'binary') checkInputSize(input.bytes.length, input.name, `; as a whole file: --input-type binary`);
  return { input: inFormat, output: parseFormat(outputType, '--output-type') ?? fromName ?? inFormat };
}

/** `.sops.yaml`: `--config`, else `SOPS_CONFIG`, else found from the working directory upwards. */
export function findAndLoadSopsConfig(io: CliIO, explicit: string | undefined): SopsConfig | undefined {
  const named = explicit ?? (io.env['SOPS_CONFIG'] || undefined);
  if (named !== undefined) return loadSopsConfig(resolve(io.cwd, named));
  const found = findSopsConfig(io.cwd);
  return found === undefined ? undefined : loadSopsConfig(found);
}

/** Runs `fn`, giving errors that name no file the input's name. */
export async function namingFile<T>(file: string, fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isSealgateError(e) && e.file === undefined) throw new SealgateError(e.code, e.message, file, e.line, { cause: e.cause });
    throw e;
  }
}

/**
 * Writes the result: back to the input (`--in-place`, atomically, keeping its mode), to `--output`, or
 * returns it for stdout.
 * @throws SealgateError('USAGE') for `--in-place` with stdin or with `--output`.
 */
export function writeSopsOutput(io: CliIO, input: SopsInput, data: string | Uint8Array, opts: { inPlace?: boolean; output?: string }): string {
  if (opts.inPlace && opts.output !== undefined) throw new SealgateError('USAGE', '--in-place and --output cannot be combined');
  if (opts.inPlace) {
    if (input.filePath === undefined) throw new SealgateError('USAGE', '--in-place needs a file, not stdin');
    writeFileAtomic(input.filePath, data);
    return '';
  }
  if (opts.output !== undefined) {
    writeFileAtomic(resolve(io.cwd, opts.output), data, 0o600);
    return '';
  }
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}

export const FORMAT_OPTIONS = {
  'input-type': { type: 'string' },
  'output-type': { type: 'string' },
  'filename-override': { type: 'string' },
} as const;
