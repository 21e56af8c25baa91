import type { CredentialRule } from '../rule.js';
export declare const rules: CredentialRule[];
