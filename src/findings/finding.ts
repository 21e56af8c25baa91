/** The one finding type every scanner produces and every reporter consumes (DESIGN.md "Finding"). */

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export type Category = 'secret-manifest' | 'credential' | 'policy';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** Higher is worse: critical 4 … info 0. */
export function severityRank(s: Severity): number {
  return 4 - SEVERITIES.indexOf(s);
}

export function isSeverity(s: unknown): s is Severity {
  return typeof s === 'string' && (SEVERITIES as readonly string[]).includes(s);
}

export interface KubernetesRef {
  kind: string;
  name?: string;
  namespace?: string;
  /** The data key, env name or values path the finding is about. */
  key?: string;
}

export interface Finding {
  /** Stable kebab-case id, e.g. `k8s-secret-plaintext`, `aws-access-key-id`. */
  ruleId: string;
  category: Category;
  severity: Severity;
  /** One sentence; never contains the secret. */
  message: string;
  /** Repo-relative path with `/` separators. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Redacted (at most the first and last 4 characters) unless the scan asked for `redact: false`. */
  secret?: string;
  /** Stable across unrelated edits: derived from rule, file, object and a hash of the secret; no line number. */
  fingerprint: string;
  commit?: string;
  author?: string;
  date?: string;
  kubernetes?: KubernetesRef;
  /** The remediation sealgate can apply. */
  fix?: 'seal' | 'sops';
}

/**
 * What a scanner reports, before the pipeline turns it into a Finding. It may hold the raw secret:
 * `toFinding` (findings/finalize.ts) hashes and redacts it, and the raw value goes no further.
 */
export interface Detection {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Raw secret text. Never put it in `message`. */
  secret?: string;
  kubernetes?: KubernetesRef;
  fix?: 'seal' | 'sops';
  /**
   * Extra identity for the fingerprint when there is no secret (e.g. a policy finding about an object):
   * anything stable that tells two findings of the same rule in the same file apart.
   */
  identity?: string;
  /** Manifest findings are kept when any line of their document was added (DESIGN.md "A scan target"). */
  documentLines?: { start: number; end: number };
}

/** Documentation of a rule, for reporters (SARIF rules, help text) and `--help`. */
export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  /** Short title, a noun phrase: "Plaintext Kubernetes Secret". */
  title: string;
  /** One or two sentences on what the rule finds and why it matters. */
  description: string;
  /** How to fix it; may name a sealgate command. */
  help: string;
  tags?: readonly string[];
  /** Ids of equivalent checks in other tools, e.g. `kubescape:C-0034`, `checkov:CKV_K8S_38`. */
  peers?: readonly string[];
}
