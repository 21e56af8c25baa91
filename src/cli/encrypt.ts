import { parseArgs } from 'node:util';
import { SealgateError } from '../errors.ts';
import { SELECTOR_KINDS, type Selector } from '../parse/sops/selector.ts';
import { checkRuleUsable, encryptSops, selectCreationRule } from '../sealers/sops/index.ts';
import { ENCRYPT_HELP } from './help.ts';
import type { CliIO, CliResult } from './io.ts';
import { FORMAT_OPTIONS, findAndLoadSopsConfig, namingFile, parseOrUsage, readSopsInput, resolveFormats, writeSopsOutput } from './sops-common.ts';

const OPTIONS = {
  age: { type: 'string', short: 'a' },
  'encrypted-regex': { type: 'string' },
  'unencrypted-regex': { type: 'string' },
  'encrypted-suffix': { type: 'string' },
  'unencrypted-suffix': { type: 'string' },
  'encrypted-comment-regex': { type: 'string' },
  'unencrypted-comment-regex': { type: 'string' },
  'mac-only-encrypted': { type: 'boolean' },
  'in-place': { type: 'boolean', short: 'i' },
  output: { type: 'string' },
  config: { type: 'string' },
  ...FORMAT_OPTIONS,
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `sealgate encrypt`: a plaintext file → SOPS with age, recipients from --age or `.sops.yaml`. */
export async function encryptCommand(argv: string[], io: CliIO): Promise<CliResult> {
  const { values: v, positionals } = parseOrUsage(() => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }), 'encrypt');
  if (v.help) return { exitCode: 0, stdout: ENCRYPT_HELP, stderr: '' };
  const flagSelectors: Selector[] = SELECTOR_KINDS.flatMap((kind) => {
    const value = v[kind.replaceAll('_', '-') as keyof typeof v];
    return typeof value === 'string' ? [{ kind, value }] : [];
  });
  if (flagSelectors.length > 1) throw new SealgateError('USAGE', `only one of ${flagSelectors.map((s) => `--${s.kind.replaceAll('_', '-')}`).join(', ')} may be given`);

  const input = await readSopsInput(positionals, io, v['filename-override']);
  const formats = resolveFormats(input, v['input-type'], v['output-type']);
  const ageFlag = v.age ?? (io.env['SOPS_AGE_RECIPIENTS'] || undefined);
  const cliRecipients = ageFlag?.split(',').map((s) => s.trim()).filter(Boolean);

  const config = findAndLoadSopsConfig(io, v.config);
  const rule = config ? selectCreationRule(config, input.absPath ?? '') : undefined;
  if (config && !rule) throw new SealgateError('CONFIG', `no creation rule matches ${input.name}`, config.path);
  if (config && rule) checkRuleUsable(config, rule, cliRecipients === undefined);
  const keyGroups = cliRecipients ? [cliRecipients] : (rule?.keyGroups ?? []);
  if (keyGroups.length === 0 || keyGroups.some((g) => g.length === 0)) {
    throw new SealgateError('USAGE', 'no age recipients: pass --age age1… or add a creation rule to .sops.yaml');
  }

  const result = await namingFile(input.name, () =>
    encryptSops(input.bytes, {
      format: formats.input,
      outputFormat: formats.output,
      keyGroups,
      ...(rule?.shamirThreshold !== undefined ? { shamirThreshold: rule.shamirThreshold } : {}),
      ...((flagSelectors[0] ?? rule?.selector) ? { selector: (flagSelectors[0] ?? rule?.selector) as Selector } : {}),
      macOnlyEncrypted: Boolean(v['mac-only-encrypted']) || Boolean(rule?.macOnlyEncrypted),
    }),
  );
  const stderr =
    result.selectorSource === 'kubernetes-default'
      ? `sealgate: ${input.name}: Kubernetes Secret: encrypting only data and stringData (encrypted_regex: ${result.selector.value}); set a selector to change this\n`
      : '';
  const stdout = writeSopsOutput(io, input, result.output, { inPlace: v['in-place'] ?? false, ...(v.output !== undefined ? { output: v.output } : {}) });
  return { exitCode: 0, stdout, stderr };
}
