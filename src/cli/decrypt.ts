import { parseArgs } from 'node:util';
import { SealgateError } from '../errors.ts';
import { decryptSops, loadAgeIdentities } from '../sealers/sops/index.ts';
import { DECRYPT_HELP } from './help.ts';
import type { CliIO, CliResult } from './io.ts';
import { FORMAT_OPTIONS, namingFile, parseOrUsage, readSopsInput, resolveFormats, writeSopsOutput } from './sops-common.ts';

const OPTIONS = {
  'in-place': { type: 'boolean', short: 'i' },
  output: { type: 'string' },
  extract: { type: 'string' },
  'ignore-mac': { type: 'boolean' },
  ...FORMAT_OPTIONS,
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `sealgate decrypt`: a SOPS file → plaintext, MAC checked; identities from io.env. */
export async function decryptCommand(argv: string[], io: CliIO): Promise<CliResult> {
  const { values: v, positionals } = parseOrUsage(() => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }), 'decrypt');
  if (v.help) return { exitCode: 0, stdout: DECRYPT_HELP, stderr: '' };
  const input = await readSopsInput(positionals, io, v['filename-override']);
  const formats = resolveFormats(input, v['input-type'], v['output-type']);
  const { identities } = loadAgeIdentities(io.env);
  const plain = await namingFile(input.name, () =>
    decryptSops(input.bytes, {
      format: formats.input,
      outputFormat: formats.output,
      identities,
      ignoreMac: v['ignore-mac'] ?? false,
      ...(v.extract !== undefined ? { extract: v.extract } : {}),
    }),
  );
  if (plain instanceof Uint8Array && !v['in-place'] && v.output === undefined && !isUtf8(plain)) {
    throw new SealgateError('USAGE', 'the plaintext is binary: write it with --output FILE or --in-place', input.name);
  }
  const data = v.extract !== undefined && typeof plain === 'string' && !plain.endsWith('\n') && !v['in-place'] && v.output === undefined ? `${plain}\n` : plain;
  const stdout = writeSopsOutput(io, input, data, { inPlace: v['in-place'] ?? false, ...(v.output !== undefined ? { output: v.output } : {}) });
  const stderr = v['ignore-mac'] ? `sealgate: ${input.name}: MAC not checked (--ignore-mac)\n` : '';
  return { exitCode: 0, stdout, stderr };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false; // not text
  }
}
