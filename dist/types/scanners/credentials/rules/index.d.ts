import type { CredentialRule } from '../rule.js';
/**
 * Every built-in credential rule, specific families first and the generic rules last (a generic finding
 * yields to a specific one on the same line). One import per family file; each exports `rules`.
 */
export declare function builtinCredentialRules(): CredentialRule[];
