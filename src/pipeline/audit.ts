import { basename, resolve } from 'node:path';
import type { Config } from '../config/config.ts';
import type { AuditReport } from '../findings/audit-report.ts';
import { severityRank } from '../findings/finding.ts';
import { compareFindings } from '../findings/sort.ts';
import { policyScanner, type KeyPolicy } from '../scanners/index.ts';
import { findRepoRoot } from '../sources/index.ts';
import { auditManualChecks, auditSections } from './audit-checklist.ts';
import { resolveConfig, runScan, type ScanProgress } from './scan.ts';

/** What to audit and how. */
export interface AuditOptions {
  /** Directory to run in (default: `process.cwd()`). */
  cwd?: string;
  /** The directory to audit, relative to `cwd` (default `.`). */
  path?: string;
  /** A loaded config, a path to one, or undefined to discover `.sealgate.yaml`. */
  config?: Config | string;
  /** The name in the report's title. Default: the repository's (or directory's) name. */
  name?: string;
  /** Overrides `governance.maxSecretAgeDays`. */
  maxSecretAgeDays?: number;
  /** The time ages are measured against and the report is dated with. Default: now. */
  now?: Date;
  signal?: AbortSignal;
  onProgress?: (p: ScanProgress) => void;
  /** The `seal:` policy as keys, for the `key-separation` check (the CLI resolves it). */
  keyPolicy?: KeyPolicy;
}

/**
 * Audits a GitOps repository for the quarterly secret-governance checklist: scans it for plaintext
 * secrets, runs every policy check (sealed values aged from Git history), and returns the report the
 * audit reporters render. Findings are redacted; the report holds no secret.
 * @throws SealgateError for bad options, config or git problems.
 */
export async function audit(options: AuditOptions = {}): Promise<AuditReport> {
  const cwd = resolve(options.cwd ?? process.cwd(), options.path ?? '.');
  const repoRoot = findRepoRoot(cwd);
  const loaded = resolveConfig(options.config, cwd, repoRoot);
  const maxSecretAgeDays = options.maxSecretAgeDays ?? loaded.governance.maxSecretAgeDays;
  const config: Config = { ...loaded, governance: { ...loaded.governance, maxSecretAgeDays } };
  const policy = policyScanner();
  const { report, context } = await runScan(
    {
      cwd,
      config,
      policy: true,
      ...(options.keyPolicy ? { keyPolicy: options.keyPolicy } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    },
    [policy],
  );
  const facts = policy.facts(context);
  const secrets = policy.secretAges(context);
  return {
    version: 1,
    generatedAt: context.now.toISOString(),
    target: options.name ?? basename(repoRoot ?? cwd),
    maxSecretAgeDays,
    sections: auditSections({ facts, findings: report.findings, secrets, tools: policy.tools(), maxSecretAgeDays }),
    manual: auditManualChecks(),
    secrets,
    facts,
    // Worst first: the one-page report lists only the first findings.
    findings: [...report.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || compareFindings(a, b)),
    summary: report.summary,
  };
}
