import { parseArgs } from 'node:util';
import { sopsFileStatus } from '../sealers/sops/index.ts';
import { SOPS_STATUS_HELP } from './help.ts';
import type { CliIO, CliResult } from './io.ts';
import { namingFile, parseOrUsage, readSopsInput, resolveFormats } from './sops-common.ts';

const OPTIONS = {
  'input-type': { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `sealgate sops-status FILE`: `{"encrypted":true|false}` like `sops filestatus`. */
export async function sopsStatusCommand(argv: string[], io: CliIO): Promise<CliResult> {
  const { values: v, positionals } = parseOrUsage(() => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }), 'sops-status');
  if (v.help) return { exitCode: 0, stdout: SOPS_STATUS_HELP, stderr: '' };
  const input = await readSopsInput(positionals, io, undefined);
  const format = resolveFormats(input, v['input-type'], undefined).input;
  const status = await namingFile(input.name, () => sopsFileStatus(input.bytes, format));
  return { exitCode: 0, stdout: `${JSON.stringify(status)}\n`, stderr: '' };
}
