import type { Severity } from '../../findings/finding.ts';

/** Provider families, for grouping rules in files, docs and the benchmark. */
export type RuleFamily =
  | 'cloud'
  | 'source-ci'
  | 'registry'
  | 'chat'
  | 'payments'
  | 'mail'
  | 'observability'
  | 'identity'
  | 'ai'
  | 'saas'
  | 'key-material'
  | 'generic';

/**
 * A credential rule is data plus its own examples (the gitleaks habit): the table-driven test runs every
 * `tps` string through the engine with only this rule and expects a finding, and every `fps` string and
 * expects none.
 */
export interface CredentialRule {
  /** Stable kebab-case id; reuse gitleaks' id where one exists (e.g. `github-pat`, `aws-access-token`). */
  id: string;
  /** One sentence: what this finds. */
  description: string;
  family: RuleFamily;
  /**
   * Must not backtrack catastrophically (test/credentials.redos.test.ts checks every rule with recheck).
   * The secret is capture group `secretGroup`, else the first group that matched, else the whole match.
   */
  regex: RegExp;
  secretGroup?: number;
  /**
   * Lower-case literals; the rule runs only when one occurs in the (lower-cased) text. Every rule has at
   * least one, so the prefilter can skip it.
   */
  keywords: readonly string[];
  /** Minimum Shannon entropy (bits per character) of the secret. */
  entropy?: number;
  /** Only run on paths matching this. */
  path?: RegExp;
  /** The rule's own allowlist: a secret matching a regex, or containing a stopword, is not reported. */
  allow?: { regexes?: readonly RegExp[]; stopwords?: readonly string[] };
  severity: Severity;
  tags?: readonly string[];
  /** Strings that must produce a finding (at least two). */
  tps: readonly string[];
  /** Strings that must not (at least one). */
  fps: readonly string[];
}
