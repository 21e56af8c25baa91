import type { CredentialRule } from '../rule.ts';
import { rules as ai } from './ai.ts';
import { rules as chat } from './chat.ts';
import { rules as cloud } from './cloud.ts';
import { rules as generic } from './generic.ts';
import { rules as identity } from './identity.ts';
import { rules as keyMaterial } from './key-material.ts';
import { rules as mail } from './mail.ts';
import { rules as observability } from './observability.ts';
import { rules as payments } from './payments.ts';
import { rules as registry } from './registry.ts';
import { rules as saas } from './saas.ts';
import { rules as sourceCi } from './source-ci.ts';

/**
 * Every built-in credential rule, specific families first and the generic rules last (a generic finding
 * yields to a specific one on the same line). One import per family file; each exports `rules`.
 */
export function builtinCredentialRules(): CredentialRule[] {
  return [...cloud, ...sourceCi, ...registry, ...chat, ...payments, ...mail, ...observability, ...identity, ...ai, ...saas, ...keyMaterial, ...generic];
}
