import { parseArgs } from 'node:util';
import { loadAgeIdentities, rotateSops } from '../sealers/sops/index.ts';
import { ROTATE_HELP } from './help.ts';
import type { CliIO, CliResult } from './io.ts';
import { namingFile, parseOrUsage, readSopsInput, resolveFormats, writeSopsOutput } from './sops-common.ts';

const OPTIONS = {
  'in-place': { type: 'boolean', short: 'i' },
  output: { type: 'string' },
  'input-type': { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `sealgate rotate FILE`: a new data key for the same recipients; the MAC is checked first. */
export async function rotateCommand(argv: string[], io: CliIO): Promise<CliResult> {
  const { values: v, positionals } = parseOrUsage(() => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }), 'rotate');
  if (v.help) return { exitCode: 0, stdout: ROTATE_HELP, stderr: '' };
  const input = await readSopsInput(positionals, io, undefined);
  const format = resolveFormats(input, v['input-type'], undefined).input;
  const { identities } = loadAgeIdentities(io.env);
  const output = await namingFile(input.name, () => rotateSops(input.bytes, { format, identities }));
  const stdout = writeSopsOutput(io, input, output, { inPlace: v['in-place'] ?? false, ...(v.output !== undefined ? { output: v.output } : {}) });
  return { exitCode: 0, stdout, stderr: v['in-place'] ? `sealgate: ${input.name}: data key rotated\n` : '' };
}
