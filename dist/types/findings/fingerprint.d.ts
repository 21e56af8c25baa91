import type { Detection } from './finding.js';
/**
 * A keyed hash of a secret: the same secret in the same rule and file always hashes the same (so
 * baselines and ignore files are stable), while the hash alone does not confirm a guessed secret
 * elsewhere (the key binds it to rule and file).
 */
export declare function secretHash(ruleId: string, file: string, secret: string): string;
/** Stable id of a finding: rule, file, Kubernetes object and key, secret hash or identity. No line number. */
export declare function fingerprint(d: Detection, file: string): string;
