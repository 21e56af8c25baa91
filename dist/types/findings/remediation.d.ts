import type { Finding } from './finding.js';
/** The remediation text, or undefined when the rule's generic help is all there is to say. */
export declare function remediationHint(f: Finding): string | undefined;
