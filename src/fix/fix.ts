/**
 * `sealgate fix` and `scan --fix`: find plaintext Secrets (a scan), plan each file's fix from its current
 * working-tree text (plan.ts), check the result holds no plaintext secret any more (a second scan, in
 * memory), then write it atomically, or, with `dryRun`, return unified diffs and change nothing.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import type { Config } from '../config/config.ts';
import { SealgateError } from '../errors.ts';
import type { Finding } from '../findings/finding.ts';
import type { Report } from '../findings/report.ts';
import { resolveConfig, scan, scanSource } from '../pipeline/scan.ts';
import type { CommandRunner } from '../sealers/kubeseal/cert-source.ts';
import { findRepoRoot, type Source } from '../sources/index.ts';
import { runGit } from '../sources/git.ts';
import type { ScanTarget } from '../target.ts';
import { planDiff } from './diff.ts';
import { KustomizeNamespaces } from './kustomize-namespace.ts';
import { FIXABLE_RULES, planFile, type FilePlan, type FixRefusal } from './plan.ts';
import { resolveSealPolicy, type FallbackRule, type SealPolicy } from './policy.ts';

export interface FixOptions {
  /** Directory to run in (default `process.cwd()`). */
  cwd?: string;
  /** Working-tree paths to fix (default `.`). */
  paths?: string[];
  /** Fix the files whose staged version has plaintext Secrets (their working-tree version is what changes). */
  staged?: boolean;
  config?: Config | string;
  /** A rule for paths no `seal:` rule matches (`--cert`, `--age`). */
  fallback?: FallbackRule;
  /** Plan and diff only; nothing is written. */
  dryRun?: boolean;
  /** Show the replaced values in diffs (`--no-redact`). */
  reveal?: boolean;
  /** A policy already resolved (with the network allowed), e.g. by `scan --fix`. */
  policy?: SealPolicy;
  /** The scan to act on (`scan --fix` passes its own); default: a scan of `paths` or the staged files. */
  report?: Report;
  env?: Record<string, string | undefined>;
  now?: Date;
  runner?: CommandRunner;
}

/** What happened to one file. */
export interface FileOutcome extends FilePlan {
  /** `fixed`: written; `planned`: dry run; `unchanged`: refused or nothing to do. */
  status: 'fixed' | 'planned' | 'unchanged';
  /** Things the user should know about this file (unstaged edits kept, …). */
  notes: string[];
  /** `--dry-run`: the unified diff. */
  diff?: string;
}

export interface FixResult {
  files: FileOutcome[];
  /** Findings `fix` does not remediate (credentials, env literals, …), for hints. */
  unfixable: Finding[];
  /** The scan the fix acted on. */
  report: Report;
}

/**
 * Fixes plaintext Secrets in the working tree.
 * @throws SealgateError for a bad policy (CONFIG with file and line), bad options, git or write failures.
 */
export async function fix(options: FixOptions = {}): Promise<FixResult> {
  const cwd = options.cwd ?? process.cwd();
  const repoRoot = findRepoRoot(cwd);
  const baseDir = repoRoot ?? cwd;
  const config = resolveConfig(options.config, cwd, repoRoot);
  const policy =
    options.policy ??
    (await resolveSealPolicy(config, {
      baseDir,
      cwd,
      env: options.env ?? {},
      network: true,
      ...(options.fallback ? { fallback: options.fallback } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.runner ? { runner: options.runner } : {}),
    }));
  if (options.staged && repoRoot === undefined) throw new SealgateError('USAGE', '--staged needs a git repository');
  const report =
    options.report ??
    (await scan({ cwd, config, keyPolicy: policy.keyPolicy(), ...(options.staged ? { staged: true } : {}), ...(options.paths?.length ? { paths: options.paths } : {}) }));

  const candidates = [...new Set(report.findings.filter((f) => FIXABLE_RULES.has(f.ruleId)).map((f) => f.file))];
  const unfixable = report.findings.filter((f) => !FIXABLE_RULES.has(f.ruleId));
  const dirty = options.staged && repoRoot !== undefined && candidates.length > 0 ? await unstagedChanges(repoRoot, candidates) : new Set<string>();

  const scanOpts = { cwd, config, keyPolicy: policy.keyPolicy() };
  const texts: { path: string; abs: string; bytes: Buffer; text: string; bom: boolean }[] = [];
  const files: FileOutcome[] = [];
  for (const path of candidates) {
    const abs = resolve(baseDir, path);
    const notes = dirty.has(path)
      ? [`the working tree differs from what is staged: the working-tree version was fixed, and your unstaged edits are kept as they are (only the Secret's own lines change); review with 'git diff ${path}' and stage what you mean to commit ('git add -p ${path}')`]
      : [];
    const read = readWorkingFile(abs);
    if ('problem' in read) {
      files.push({ path, before: '', changes: [], refusals: [{ line: 1, reason: read.problem }], warnings: [], status: 'unchanged', notes });
      continue;
    }
    texts.push({ path, abs, ...read });
    files.push({ path, before: read.text, changes: [], refusals: [], warnings: [], status: 'unchanged', notes });
  }

  // The findings of exactly the text that will be rewritten (in --staged mode the scan above read the index).
  const current = await scanTexts(texts, scanOpts);
  const namespaces = new KustomizeNamespaces(baseDir, repoRoot !== undefined);
  for (const t of texts) {
    const outcome = files.find((f) => f.path === t.path) as FileOutcome;
    const fixable = (current.get(t.path) ?? []).filter((f) => FIXABLE_RULES.has(f.ruleId));
    if (fixable.length === 0) {
      outcome.notes.push(options.staged ? `the working tree no longer holds the plaintext Secret that is staged: stage it ('git add ${t.path}')` : 'nothing to fix any more');
      continue;
    }
    Object.assign(outcome, await planFile(t.path, t.abs, t.text, fixable, policy, { namespaces, ...(options.now ? { now: options.now } : {}) }));
  }

  // Never write a file that would still hold plaintext: its temporary copy could outlive a crash.
  const planned = files.filter((f) => f.after !== undefined);
  const after = await scanTexts(planned.map((f) => ({ path: f.path, text: f.after as string })), scanOpts);
  for (const f of planned) {
    const left = (after.get(f.path) ?? []).filter((x) => x.severity !== 'info' && (x.category !== 'policy' || x.ruleId === 'key-separation'));
    if (left.length === 0) continue;
    // Fingerprints hold no line numbers: the same finding in the text before the fix gives the line the user sees.
    const before = new Map((current.get(f.path) ?? []).map((x) => [x.fingerprint, x.line]));
    f.refusals.push(leftoverRefusal(left.map((x) => ({ ...x, line: before.get(x.fingerprint) ?? x.line }))));
    delete f.after;
    f.changes = [];
  }

  for (const f of files) {
    if (f.after === undefined) continue;
    const t = texts.find((x) => x.path === f.path) as (typeof texts)[number];
    if (options.dryRun) {
      f.status = 'planned';
      f.diff = planDiff(f, options.reveal ?? false);
      continue;
    }
    const now = readWorkingFile(t.abs);
    if ('problem' in now || !now.bytes.equals(t.bytes)) {
      f.refusals.push({ line: 1, reason: 'the file changed while sealgate was working on it: run sealgate fix again' });
      delete f.after;
      f.changes = [];
      continue;
    }
    writeFileAtomic(t.abs, (t.bom ? '\uFEFF' : '') + f.after);
    f.status = 'fixed';
  }
  // Findings in files that were (or would be) fixed are gone with the fix: the check above proved it.
  const done = new Set(files.filter((f) => f.status !== 'unchanged').map((f) => f.path));
  return { files, unfixable: unfixable.filter((f) => !done.has(f.file)), report };
}

function leftoverRefusal(left: Finding[]): FixRefusal {
  const list = left.slice(0, 3).map((x) => `${x.ruleId} at line ${x.line}`).join(', ');
  const more = left.length > 3 ? ` and ${left.length - 3} more` : '';
  return {
    line: left[0]?.line ?? 1,
    reason: `the fixed file would still hold plaintext secrets sealgate cannot fix (${list}${more}): fix those first, then run sealgate fix again (sealgate writes no file that still holds a plaintext secret)`,
  };
}

/** A working-tree file's bytes and text; a problem instead when it must not be rewritten. */
function readWorkingFile(abs: string): { bytes: Buffer; text: string; bom: boolean } | { problem: string } {
  try {
    if (lstatSync(abs).isSymbolicLink()) return { problem: 'a symbolic link: fix the file it points to' };
    const bytes = readFileSync(abs);
    const decoded = bytes.toString('utf8');
    if (!Buffer.from(decoded, 'utf8').equals(bytes)) return { problem: 'not valid UTF-8: sealgate rewrites only files it can keep byte for byte' };
    const bom = decoded.charCodeAt(0) === 0xfeff;
    return { bytes, text: bom ? decoded.slice(1) : decoded, bom };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'not in the working tree (deleted?)' : `unreadable (${code ?? 'error'})` };
  }
}

/** Paths (repository-relative) whose working-tree version differs from the index. */
async function unstagedChanges(repoRoot: string, paths: string[]): Promise<Set<string>> {
  const out = await runGit(['diff', '--name-only', '--no-renames', '-z', '--', ...paths], { cwd: repoRoot, what: '--staged' }); // pathspecs are literal (GIT_GLOBAL)
  return new Set(out.split('\0').filter(Boolean));
}

/** Scans texts held in memory under their repository-relative paths (filters as a scan of those files). */
async function scanTexts(texts: { path: string; text: string }[], options: { cwd: string; config: Config; keyPolicy: ReturnType<SealPolicy['keyPolicy']> }): Promise<Map<string, Finding[]>> {
  const byPath = new Map<string, Finding[]>();
  if (texts.length === 0) return byPath;
  const source: Source = {
    notes: [],
    async *targets() {
      for (const t of texts) yield { path: t.path, content: t.text, added: 'all' } satisfies ScanTarget;
    },
    readFile: async () => undefined,
  };
  const { report } = await scanSource(source, options.config, { cwd: options.cwd, keyPolicy: options.keyPolicy }, { repoScanners: [], repoRoot: findRepoRoot(options.cwd) });
  for (const f of report.findings) byPath.set(f.file, [...(byPath.get(f.file) ?? []), f]);
  return byPath;
}
