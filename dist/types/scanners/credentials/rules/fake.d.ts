import type { CredentialRule } from '../rule.js';
/**
 * Expands each `{{class*length}}` (classes: an, an-, AN, al, lc, b36, hex, HEX, b64, b32, b32l, d) and `{{uuid}}` in
 * `template` into random-looking characters, the same on every run (seeded by the template and position).
 * @throws Error naming an unknown class (a typo in a rule file).
 */
export declare function fake(template: string): string;
/**
 * The rules with their example templates expanded (see `fake`) when first read: only tests and docs read
 * examples, and expanding them all at load cost every scan (every pre-commit hook run) ~10 ms.
 */
export declare function withFakes(rules: CredentialRule[]): CredentialRule[];
