import { createHash } from 'node:crypto';
import type { Detection } from './finding.ts';

/**
 * A keyed hash of a secret: the same secret in the same rule and file always hashes the same (so
 * baselines and ignore files are stable), while the hash alone does not confirm a guessed secret
 * elsewhere (the key binds it to rule and file).
 */
export function secretHash(ruleId: string, file: string, secret: string): string {
  return createHash('sha256').update(`sealgate/v1\0${ruleId}\0${file}\0`).update(secret).digest('hex').slice(0, 32);
}

/** Stable id of a finding: rule, file, Kubernetes object and key, secret hash or identity. No line number. */
export function fingerprint(d: Detection, file: string): string {
  const k = d.kubernetes;
  const parts = [
    d.ruleId,
    file,
    k ? `${k.kind}/${k.namespace ?? ''}/${k.name ?? ''}/${k.key ?? ''}` : '',
    d.secret !== undefined ? secretHash(d.ruleId, file, d.secret) : '',
    d.identity ?? '',
  ];
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 24);
}
