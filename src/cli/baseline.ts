import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../atomic-write.ts';
import { findConfig, loadConfig } from '../config/load.ts';
import { defaultConfig } from '../config/config.ts';
import { SealgateError } from '../errors.ts';
import { baselineEntries, formatBaseline, parseBaseline, type BaselineEntry } from '../findings/baseline.ts';
import type { Finding } from '../findings/finding.ts';
import { parseGitleaksSuppressions, type GitleaksPlace } from '../findings/gitleaks-import.ts';
import { scan } from '../pipeline/scan.ts';
import { findRepoRoot } from '../sources/index.ts';
import { BASELINE_HELP } from './help.ts';
import type { CliIO, CliResult } from './io.ts';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  'from-gitleaks': { type: 'string' },
  'no-gitattributes': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const DEFAULT_BASELINE = '.sealgate-baseline.json';

/** `sealgate baseline`: scan, then write every finding (or the gitleaks-accepted ones) as a baseline. */
export async function baselineCommand(argv: string[], io: CliIO): Promise<CliResult> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new SealgateError('USAGE', `${(e as Error).message} (see 'sealgate baseline --help')`);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { exitCode: 0, stdout: BASELINE_HELP, stderr: '' };
  const repoRoot = findRepoRoot(io.cwd);
  const configPath = findConfig(io.cwd, repoRoot, v.config, io.env);
  const config = configPath === undefined ? defaultConfig() : loadConfig(configPath);
  const outName = v.output ?? DEFAULT_BASELINE;
  const out = resolve(io.cwd, outName);

  let entries: BaselineEntry[];
  const messages: string[] = [];
  if (v['from-gitleaks'] !== undefined) {
    const places = readGitleaks(resolve(io.cwd, v['from-gitleaks']), v['from-gitleaks']);
    const files = [...new Set(places.map((p) => p.file))].filter((f) => existsSync(resolve(repoRoot ?? io.cwd, f)));
    const report = files.length
      ? await scan({ cwd: repoRoot ?? io.cwd, paths: files, config, noBaseline: true, reveal: true })
      : undefined;
    const accepted = (report?.findings ?? []).filter((f) => places.some((p) => matches(p, f)));
    const unmatched = places.filter((p) => !accepted.some((f) => matches(p, f))).length;
    entries = [...existing(out, outName), ...baselineEntries(accepted)];
    messages.push(`imported ${places.length} gitleaks entr${places.length === 1 ? 'y' : 'ies'}: ${accepted.length} sealgate finding(s) accepted`);
    if (unmatched) messages.push(`${unmatched} gitleaks entr${unmatched === 1 ? 'y matches' : 'ies match'} no current sealgate finding (file gone, line moved, or a rule sealgate does not have)`);
  } else {
    const report = await scan({ cwd: io.cwd, paths: positionals, config, noBaseline: true });
    entries = baselineEntries(report.findings);
  }

  writeFileAtomic(out, formatBaseline(entries));
  const count = new Set(entries.map((e) => e.fingerprint)).size;
  messages.unshift(`wrote ${count} entr${count === 1 ? 'y' : 'ies'} to ${outName}`);
  if (repoRoot !== undefined && !v['no-gitattributes']) {
    const added = ensureUnionMerge(repoRoot, out);
    if (added) messages.push(`added '${added}' to .gitattributes so branches that add entries merge cleanly`);
  }
  return { exitCode: 0, stdout: `${messages.join('\n')}\n`, stderr: '' };
}

function readGitleaks(path: string, shown: string): GitleaksPlace[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SealgateError('INPUT', 'cannot read the gitleaks report or ignore file', shown);
  }
  const parsed = parseGitleaksSuppressions(text);
  if ('error' in parsed) throw new SealgateError('INPUT', `not a gitleaks report or .gitleaksignore: ${parsed.error}`, shown);
  return parsed.places;
}

/** A finding is the one gitleaks accepted when it is in the same file and has the same secret, or overlaps its lines. */
function matches(p: GitleaksPlace, f: Finding): boolean {
  if (f.file !== p.file) return false;
  if (p.secret !== undefined && f.secret !== undefined && (f.secret === p.secret || f.secret.includes(p.secret) || p.secret.includes(f.secret))) return true;
  return f.line <= p.endLine && f.endLine >= p.line;
}

function existing(path: string, shown: string): BaselineEntry[] {
  if (!existsSync(path)) return [];
  const parsed = parseBaseline(readFileSync(path, 'utf8'));
  if ('error' in parsed) throw new SealgateError('INPUT', `invalid baseline: ${parsed.error}`, shown);
  return parsed.entries;
}

/** Adds `<baseline> merge=union` to the repository's .gitattributes unless a line for it exists; returns the line added. */
function ensureUnionMerge(repoRoot: string, baseline: string): string | undefined {
  const rel = relative(repoRoot, baseline).split(sep).join('/');
  if (rel.startsWith('..')) return undefined;
  const file = resolve(repoRoot, '.gitattributes');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const pattern = `/${rel}`;
  if (current.split(/\r?\n/).some((l) => l.trim().split(/\s+/)[0] === pattern || l.trim().split(/\s+/)[0] === rel)) return undefined;
  const line = `${pattern} merge=union`;
  writeFileAtomic(file, `${current}${current === '' || current.endsWith('\n') ? '' : '\n'}${line}\n`);
  return line;
}
