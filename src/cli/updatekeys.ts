import { parseArgs } from 'node:util';
import { SealgateError } from '../errors.ts';
import { checkRuleUsable, loadAgeIdentities, selectCreationRule, updateSopsKeys } from '../sealers/sops/index.ts';
import { UPDATEKEYS_HELP } from './help.ts';
import type { CliIO, CliResult } from './io.ts';
import { findAndLoadSopsConfig, namingFile, parseOrUsage, readSopsInput, resolveFormats, writeSopsOutput } from './sops-common.ts';

const OPTIONS = {
  yes: { type: 'boolean', short: 'y' },
  config: { type: 'string' },
  'input-type': { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `sealgate updatekeys FILE`: recipients from `.sops.yaml`, the same data key re-wrapped; values untouched. */
export async function updatekeysCommand(argv: string[], io: CliIO): Promise<CliResult> {
  const { values: v, positionals } = parseOrUsage(() => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }), 'updatekeys');
  if (v.help) return { exitCode: 0, stdout: UPDATEKEYS_HELP, stderr: '' };
  if (positionals.length !== 1 || positionals[0] === '-') throw new SealgateError('USAGE', 'updatekeys needs one file');
  const input = await readSopsInput(positionals, io, undefined);
  const format = resolveFormats(input, v['input-type'], undefined).input;
  const config = findAndLoadSopsConfig(io, v.config);
  if (!config) throw new SealgateError('CONFIG', 'no .sops.yaml found (updatekeys takes the recipients from its creation rules)');
  const rule = selectCreationRule(config, input.absPath ?? '');
  if (!rule) throw new SealgateError('CONFIG', `no creation rule matches ${input.name}`, config.path);
  checkRuleUsable(config, rule, true);
  const { identities } = loadAgeIdentities(io.env);
  const result = await namingFile(input.name, () =>
    updateSopsKeys(input.bytes, { format, identities, keyGroups: rule.keyGroups, ...(rule.shamirThreshold !== undefined ? { shamirThreshold: rule.shamirThreshold } : {}) }),
  );
  if (!result.changed || result.output === undefined) return { exitCode: 0, stdout: '', stderr: `sealgate: ${input.name}: already up to date\n` };
  const diff = [...result.added.map((r) => `  + ${r}`), ...result.removed.map((r) => `  - ${r}`)].join('\n');
  const summary = `sealgate: ${input.name}: recipients change:\n${diff || '  (key groups regrouped)'}\n`;
  if (!v.yes) return { exitCode: 0, stdout: '', stderr: `${summary}sealgate: not written; run again with -y to apply\n` };
  writeSopsOutput(io, input, result.output, { inPlace: true });
  return { exitCode: 0, stdout: '', stderr: `${summary}sealgate: ${input.name}: keys updated\n` };
}
