import type { RuleMeta } from '../findings/finding.js';
import { type CustomRuleSpec } from './credentials/custom.js';
import type { RepoScanner, Scanner } from './scanner.js';
export type { Scanner, ScanInput, ScannerOptions, SopsVerifier, SopsVerifyResult, KeyPolicy, KeyPolicyRule, SopsCreationRules, RepoScanner, RepoContext, FileDetection, ValueChange } from './scanner.js';
export { policyScanner, sealedValues, describeTools, type PolicyScanner, type ToolUse } from './policy/index.js';
export type { CredentialRule } from './credentials/rule.js';
export type { CustomRuleSpec } from './credentials/custom.js';
export interface BuiltinScannerOptions {
    /** User-defined credential rules (`rules.custom` in the config), run with the built-in ones. */
    customRules?: readonly CustomRuleSpec[];
    /** The config file they came from, for error messages. */
    configFile?: string;
}
/**
 * Every built-in scanner, in the order they run.
 * @throws SealgateError(CONFIG) when a custom rule is invalid.
 */
export declare function builtinScanners(opts?: BuiltinScannerOptions): Scanner[];
/** Fresh instances of the built-in whole-repository scanners (they hold state: one set per scan). */
export declare function builtinRepoScanners(): RepoScanner[];
/** Documentation of every built-in rule, by id. */
export declare function ruleCatalog(scanners?: readonly (Scanner | RepoScanner)[]): Map<string, RuleMeta>;
