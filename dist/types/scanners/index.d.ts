import type { RuleMeta } from '../findings/finding.js';
import { type CustomRuleSpec } from './credentials/custom.js';
import type { Scanner } from './scanner.js';
export type { Scanner, ScanInput, ScannerOptions, SopsVerifier, SopsVerifyResult } from './scanner.js';
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
/** Documentation of every built-in rule, by id. */
export declare function ruleCatalog(scanners?: readonly Scanner[]): Map<string, RuleMeta>;
