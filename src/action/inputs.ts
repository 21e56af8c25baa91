import { readFileSync } from 'node:fs';
import { SealgateError } from '../errors.ts';
import { isSeverity, type Severity } from '../findings/finding.ts';

export type ScanMode = 'commits' | 'diff' | 'all';

export interface ActionInputs {
  path: string;
  failOn: Severity;
  config?: string;
  baseline?: string;
  sarifFile?: string;
  scan: ScanMode;
}

/** Inputs arrive as INPUT_<NAME> with spaces → `_`, upper-cased, hyphens kept (INPUT_FAIL-ON). */
export function input(env: Record<string, string | undefined>, name: string): string | undefined {
  const v = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
  return v === '' ? undefined : v;
}

export function readInputs(env: Record<string, string | undefined>): ActionInputs {
  const failOn = input(env, 'fail-on') ?? 'low';
  if (!isSeverity(failOn)) throw new SealgateError('USAGE', `input fail-on: expected critical, high, medium, low or info, got '${failOn}'`);
  const scan = input(env, 'scan') ?? 'commits';
  if (scan !== 'commits' && scan !== 'diff' && scan !== 'all') throw new SealgateError('USAGE', `input scan: expected commits, diff or all, got '${scan}'`);
  const out: ActionInputs = { path: input(env, 'path') ?? '.', failOn, scan };
  const config = input(env, 'config');
  const baseline = input(env, 'baseline');
  const sarifFile = input(env, 'sarif-file');
  if (config) out.config = config;
  if (baseline) out.baseline = baseline;
  if (sarifFile) out.sarifFile = sarifFile;
  return out;
}

const ZERO = /^0{40}$/;

/**
 * What to scan for this event: a pull request's `base..head` (every commit, or `base...head` net with
 * scan: diff), a push's `before..after`, else the working tree. A new branch's push (before = 000…) scans
 * the pushed commit against its first parent.
 */
export function rangeForEvent(env: Record<string, string | undefined>, mode: ScanMode): string | undefined {
  if (mode === 'all') return undefined;
  const name = env['GITHUB_EVENT_NAME'];
  const path = env['GITHUB_EVENT_PATH'];
  if (!name || !path) return undefined;
  let event: Record<string, unknown>;
  try {
    event = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    throw new SealgateError('INPUT', 'cannot read the event payload', path);
  }
  const sep = mode === 'diff' ? '...' : '..';
  const pr = (event['pull_request'] ?? undefined) as { base?: { sha?: string }; head?: { sha?: string } } | undefined;
  if ((name === 'pull_request' || name === 'pull_request_target') && pr?.base?.sha && pr.head?.sha) return `${pr.base.sha}${sep}${pr.head.sha}`;
  const mg = event['merge_group'] as { base_sha?: string; head_sha?: string } | undefined;
  if (name === 'merge_group' && mg?.base_sha && mg.head_sha) return `${mg.base_sha}${sep}${mg.head_sha}`;
  if (name === 'push') {
    const before = event['before'];
    const after = event['after'];
    if (typeof after !== 'string' || ZERO.test(after)) return undefined;
    if (typeof before !== 'string' || ZERO.test(before)) return `${after}~1..${after}`;
    return `${before}${sep}${after}`;
  }
  return undefined;
}
