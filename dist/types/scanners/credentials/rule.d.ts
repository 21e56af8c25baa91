import type { Severity } from '../../findings/finding.js';
/** Provider families, for grouping rules in files, docs and the benchmark. */
export type RuleFamily = 'cloud' | 'source-ci' | 'registry' | 'chat' | 'payments' | 'mail' | 'observability' | 'identity' | 'ai' | 'saas' | 'key-material' | 'generic'
/** Rules from the config (`rules.custom`). */
 | 'custom';
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
    /**
     * The rule's own allowlist: a secret matching one of `regexes`, or containing one of `stopwords`
     * (case-insensitive), is not reported; the rule does not run on paths matching one of `paths`.
     */
    allow?: {
        regexes?: readonly RegExp[];
        stopwords?: readonly string[];
        paths?: readonly RegExp[];
    };
    /**
     * A last check on a candidate that passed entropy and the allowlists; return false to drop it. `match`
     * is the regex match (with indices), `text` the text it was found in and `path` the file's. Keep it cheap and pure.
     */
    filter?: (secret: string, match: RegExpExecArray, text: string, path: string) => boolean;
    severity: Severity;
    tags?: readonly string[];
    /** How to fix a finding, if there is something better to say than "revoke, rotate and remove". */
    help?: string;
    /** Texts that must produce a finding (at least two); `{ text, path }` when the rule depends on the path. */
    tps: readonly RuleExample[];
    /** Texts that must not (at least one). */
    fps: readonly RuleExample[];
}
/** An example text for a rule; a plain string is scanned as `example.txt`. */
export type RuleExample = string | {
    text: string;
    path: string;
};
