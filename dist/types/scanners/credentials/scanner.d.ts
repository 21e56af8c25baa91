import type { RuleMeta } from '../../findings/finding.js';
import type { Scanner } from '../scanner.js';
import type { CredentialRule } from './rule.js';
/** Documentation of a credential rule for reporters and help. */
export declare function credentialRuleMeta(rule: CredentialRule): RuleMeta;
/**
 * The credential scanner (category `credential`) over `rules` (default: every built-in rule). Detections
 * point at the secret, or at the encoded text that held it, with 1-based lines and columns.
 * @throws Error when two rules share an id (a programming error, not bad input).
 */
export declare function credentialScanner(rules?: readonly CredentialRule[]): Scanner;
