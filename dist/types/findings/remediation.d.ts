/**
 * A precise remediation for one finding: the rule's advice with the finding's own file, object and key
 * filled in, and the command to run. Used by the text reporter (`fix:` lines) and by `sealgate fix` for
 * the findings it cannot fix itself. Never contains the secret: values appear as shell variables.
 */
import type { Finding } from './finding.js';
/** The remediation text, or undefined when the rule's generic help is all there is to say. */
export declare function remediationHint(f: Finding): string | undefined;
