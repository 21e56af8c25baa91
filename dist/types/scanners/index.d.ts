import type { RuleMeta } from '../findings/finding.js';
import type { CredentialRule } from './credentials/rule.js';
import type { Scanner } from './scanner.js';
export type { Scanner, ScanInput, ScannerOptions } from './scanner.js';
export type { CredentialRule } from './credentials/rule.js';
export interface BuiltinScannerOptions {
    /** Extra credential rules (e.g. `rules.custom` from the config), run after the built-in ones. */
    credentialRules?: readonly CredentialRule[];
}
/** Every built-in scanner, in the order they run. */
export declare function builtinScanners(opts?: BuiltinScannerOptions): Scanner[];
/** Documentation of every built-in rule, by id. */
export declare function ruleCatalog(scanners?: readonly Scanner[]): Map<string, RuleMeta>;
