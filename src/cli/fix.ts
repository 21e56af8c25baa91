import { parseArgs } from 'node:util';
import type { Config } from '../config/config.ts';
import { defaultConfig } from '../config/config.ts';
import { findConfig, loadConfig } from '../config/load.ts';
import { SealgateError } from '../errors.ts';
import { isSeverity, severityRank, type Severity } from '../findings/finding.ts';
import { remediationHint } from '../findings/remediation.ts';
import type { FixResult } from '../fix/fix.ts';
import type { FallbackRule, SealPolicy } from '../fix/policy.ts';
import { isScope, SCOPES } from '../parse/sealed-secret.ts';
import { findRepoRoot } from '../sources/index.ts';
import { FIX_HELP } from './help.ts';
import type { CliIO, CliResult } from './io.ts';

const OPTIONS = {
  staged: { type: 'boolean' },
  'dry-run': { type: 'boolean', short: 'n' },
  cert: { type: 'string' },
  age: { type: 'string' },
  scope: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'fail-on': { type: 'string' },
  'no-redact': { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `sealgate fix`: seal the plaintext Secrets of the working tree in place, per the `seal:` policy. */
export async function fixCommand(argv: string[], io: CliIO): Promise<CliResult> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new SealgateError('USAGE', `${(e as Error).message} (see 'sealgate fix --help')`);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { exitCode: 0, stdout: FIX_HELP, stderr: '' };
  if (positionals.includes('-')) throw new SealgateError('USAGE', 'fix rewrites files: it cannot read stdin');
  if (v.cert !== undefined && v.age !== undefined) throw new SealgateError('USAGE', '--cert and --age cannot be combined: one fallback rule');
  if (v.scope !== undefined && v.cert === undefined) throw new SealgateError('USAGE', '--scope applies to --cert');
  if (v.scope !== undefined && !isScope(v.scope)) throw new SealgateError('USAGE', `--scope: must be one of: ${SCOPES.join(', ')} (got '${v.scope}')`);

  const config = loadCliConfig(io, v.config);
  const failOn = failOnOption(v['fail-on'], config);
  const fallback: FallbackRule = {
    ...(v.cert !== undefined ? { cert: v.cert } : {}),
    ...(v.age !== undefined ? { age: v.age.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
    ...(v.scope !== undefined && isScope(v.scope) ? { scope: v.scope } : {}),
  };
  const policy = (await sealPolicyFor(config, io, { network: true, fallback })) as SealPolicy;
  const { fix } = await import('../fix/fix.ts');
  const result = await fix({
    cwd: io.cwd,
    paths: positionals,
    ...(v.staged ? { staged: true } : {}),
    config,
    policy,
    dryRun: v['dry-run'] ?? false,
    reveal: v['no-redact'] ?? false,
    env: io.env,
  });
  const out = describeFix(result, { dryRun: v['dry-run'] ?? false, staged: v.staged ?? false });
  return { exitCode: fixExitCode(result, failOn, { dryRun: v['dry-run'] ?? false, staged: v.staged ?? false }), stdout: out, stderr: '' };
}

/** `.sealgate.yaml` as the scan finds it (or `--config`, `SEALGATE_CONFIG`), else the defaults. */
export function loadCliConfig(io: CliIO, explicit: string | undefined): Config {
  const path = findConfig(io.cwd, findRepoRoot(io.cwd), explicit, io.env);
  return path === undefined ? defaultConfig() : loadConfig(path);
}

function failOnOption(raw: string | undefined, config: Config): Severity {
  const value = raw ?? config.failOn;
  if (!isSeverity(value)) throw new SealgateError('USAGE', `--fail-on: expected critical, high, medium, low or info, got '${value}'`);
  return value;
}

/**
 * The `seal:` policy resolved (certificates checked), or undefined when the config has none and no
 * fallback is given. Loaded lazily: a scan without a policy never loads the sealers.
 * @throws SealgateError('CONFIG') naming the config file and line of a bad rule.
 */
export async function sealPolicyFor(config: Config, io: CliIO, opts: { network: boolean; fallback?: FallbackRule }): Promise<SealPolicy | undefined> {
  const fb = opts.fallback;
  if (config.seal.length === 0 && fb?.cert === undefined && fb?.age === undefined && !opts.network) return undefined;
  const { resolveSealPolicy } = await import('../fix/policy.ts');
  return resolveSealPolicy(config, { baseDir: findRepoRoot(io.cwd) ?? io.cwd, cwd: io.cwd, env: io.env, network: opts.network, ...(fb ? { fallback: fb } : {}) });
}

/**
 * Exit code of a fix: 1 when something is left at or above `failOn` (a Secret not fixed, a finding fix
 * cannot fix), when a dry run would change files, or in `--staged` mode when files were changed (the
 * pre-commit convention: the user reviews and stages them); else 0.
 */
export function fixExitCode(result: FixResult, failOn: Severity, mode: { dryRun: boolean; staged: boolean }): number {
  const changed = result.files.some((f) => f.status !== 'unchanged');
  const refused = result.files.some((f) => f.refusals.length > 0);
  const left = result.unfixable.some((f) => severityRank(f.severity) >= severityRank(failOn));
  return refused || left || (changed && (mode.dryRun || mode.staged)) ? 1 : 0;
}

/** What a fix did, one line per Secret, then what is left and what to do next. Diffs first in a dry run. */
export function describeFix(result: FixResult, mode: { dryRun: boolean; staged: boolean }): string {
  const out: string[] = [];
  for (const f of result.files) if (f.diff) out.push(f.diff.trimEnd());
  const verb = (m: string) => (mode.dryRun ? (m === 'sops' ? 'would encrypt' : 'would seal') : m === 'sops' ? 'encrypted' : 'sealed');
  for (const f of result.files) {
    for (const c of f.changes) {
      const into = c.method === 'sops' ? 'SOPS' : 'SealedSecret';
      out.push(`${verb(c.method)}: ${f.path}:${c.line}  ${c.object} → ${into} with ${c.key}, rule ${c.rule}`);
    }
    for (const r of f.refusals) out.push(`not fixed: ${f.path}:${r.line}  ${r.object ? `${r.object}: ` : ''}${r.reason}`);
    for (const n of f.notes) out.push(`note: ${f.path}: ${n}`);
    for (const w of f.warnings) out.push(`warning: ${w}`);
  }
  for (const u of result.unfixable) {
    const hint = remediationHint(u) ?? result.report.rules.find((r) => r.id === u.ruleId)?.help ?? '';
    out.push(`to do: ${u.file}:${u.line}  ${u.severity} ${u.ruleId}: ${u.message}${hint ? `\n  fix: ${hint}` : ''}`);
  }
  const changed = result.files.filter((f) => f.status !== 'unchanged');
  const secrets = changed.reduce((n, f) => n + f.changes.length, 0);
  if (changed.length === 0 && result.files.length === 0 && result.unfixable.length === 0) out.push('✔ no plaintext Secrets to fix');
  else if (mode.dryRun) out.push(`dry run: ${secrets} Secret${secrets === 1 ? '' : 's'} in ${changed.length} file${changed.length === 1 ? '' : 's'} would change; nothing was written.`);
  else if (changed.length > 0) {
    const next = mode.staged
      ? `Review them (git diff) and stage them (git add ${changed.map((f) => f.path).join(' ')}), then commit again.`
      : 'Review them (git diff) and commit them.';
    out.push(`sealgate fixed ${secrets} Secret${secrets === 1 ? '' : 's'} in ${changed.length} file${changed.length === 1 ? '' : 's'}. ${next} Rotate any value that was ever committed: it stays in Git history.`);
  }
  return out.length ? `${out.map(printable).join('\n')}\n` : '';
}

/** Control characters from file or object names must not reach a terminal. */
function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
