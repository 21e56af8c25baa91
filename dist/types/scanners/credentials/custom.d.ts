import type { Severity } from '../../findings/finding.js';
import type { CredentialRule } from './rule.js';
/** A user-defined rule as written in `.sealgate.yaml` `rules.custom` (the config module's `CustomRuleConfig`). */
export interface CustomRuleSpec {
    id: string;
    regex: string;
    description?: string;
    keywords?: string[];
    entropy?: number;
    secretGroup?: number;
    severity?: Severity;
    paths?: string[];
    line?: number;
}
/**
 * Turns config rules into credential rules. Accepts gitleaks' leading `(?i)`; keywords are lower-cased
 * (a rule without keywords runs on every file). Custom rules belong to the `custom` family, so they win
 * over the generic rules on the same line.
 * @throws SealgateError(CONFIG) naming `file` and the rule's line when a regex does not compile, has the
 * nested-quantifier shape that backtracks catastrophically, or has fewer groups than `secretGroup`, or
 * when an id repeats or collides with `builtinIds`.
 */
export declare function customRules(specs: readonly CustomRuleSpec[], file: string | undefined, builtinIds?: ReadonlySet<string>): CredentialRule[];
