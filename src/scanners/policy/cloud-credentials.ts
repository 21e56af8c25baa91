import type { RuleMeta } from '../../findings/finding.ts';
import type { Span } from '../../parse/types.ts';
import { serviceAccountOf } from './automount.ts';
import { describe, policyDetection, sameObject, type PolicyCheck } from './check.ts';
import { cloudCredentialEnv, type CloudEnv, type CloudProvider, type Inventory, type ServiceAccountFact, type WorkloadFact } from './inventory.ts';

const rule: RuleMeta = {
  id: 'static-cloud-credentials',
  category: 'policy',
  severity: 'low',
  title: 'Static cloud keys instead of workload identity',
  description:
    'A workload takes long-lived cloud credentials from a Secret or its env (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a GOOGLE_APPLICATION_CREDENTIALS key file, AZURE_CLIENT_SECRET), although workload identity (IRSA, GKE Workload Identity, Azure Workload Identity) gives pods short-lived credentials with no secret to rotate.',
  help: 'Annotate the ServiceAccount (eks.amazonaws.com/role-arn, iam.gke.io/gcp-service-account or azure.workload.identity/client-id), grant the cloud role to it, and delete the key.',
  tags: ['governance', 'injection', 'cloud'],
};

const IDENTITY_NAME: Record<CloudProvider, string> = {
  aws: 'IRSA (eks.amazonaws.com/role-arn)',
  gcp: 'GKE Workload Identity (iam.gke.io/gcp-service-account)',
  azure: 'Azure Workload Identity (azure.workload.identity/client-id)',
};
const PROVIDER_NAME: Record<CloudProvider, string> = { aws: 'AWS', gcp: 'Google Cloud', azure: 'Azure' };

/** A workload's static credentials for one cloud. */
export interface StaticCredential {
  workload: WorkloadFact;
  provider: CloudProvider;
  env: CloudEnv[];
  serviceAccount?: ServiceAccountFact;
}

/** Cloud credential variables of `w`, including the keys of Secrets it takes whole through envFrom. */
function cloudEnvOf(w: WorkloadFact, inv: Inventory): CloudEnv[] {
  const out: CloudEnv[] = [];
  const sources = [...inv.secrets, ...inv.sealedSecrets, ...inv.externalSecrets];
  for (const pod of w.pods) {
    out.push(...pod.cloudEnv);
    for (const use of pod.envSecrets) {
      if (use.via !== 'envFrom') continue;
      const ref = { name: use.secret, namespace: w.id.namespace };
      for (const s of sources) {
        if (!sameObject({ name: s.secretName, namespace: s.id.namespace }, ref)) continue;
        for (const k of s.keys) {
          const provider = cloudCredentialEnv(k.key);
          if (provider) out.push({ provider, env: k.key, via: 'envFrom', secret: use.secret, span: use.span });
        }
      }
    }
  }
  return out;
}

/** Every workload with static cloud credentials, one entry per cloud. */
export function staticCredentials(inv: Inventory): StaticCredential[] {
  const out: StaticCredential[] = [];
  for (const w of inv.workloads) {
    const byProvider = new Map<CloudProvider, CloudEnv[]>();
    for (const e of cloudEnvOf(w, inv)) byProvider.set(e.provider, [...(byProvider.get(e.provider) ?? []), e]);
    for (const [provider, env] of byProvider) {
      const sa = w.pods.map((p) => serviceAccountOf(w, p, inv)).find((s) => s !== undefined);
      out.push(sa ? { workload: w, provider, env, serviceAccount: sa } : { workload: w, provider, env });
    }
  }
  return out;
}

export const staticCloudCredentials: PolicyCheck = {
  rule,
  run(inv) {
    return staticCredentials(inv).map((c) => {
      const names = [...new Set(c.env.map((e) => e.env))].join(', ');
      const secrets = [...new Set(c.env.flatMap((e) => (e.secret ? [e.secret] : [])))];
      const from = secrets.length
        ? ` from Secret ${secrets.map((s) => `'${s}'`).join(', ')}`
        : c.env.every((e) => e.env === 'GOOGLE_APPLICATION_CREDENTIALS')
          ? ', a service-account key file'
          : ' written in the manifest';
      const identity = c.serviceAccount?.identity?.provider === c.provider;
      const advice = identity
        ? `although its ServiceAccount '${c.serviceAccount?.id.name}' already has ${IDENTITY_NAME[c.provider]}`
        : `where ${IDENTITY_NAME[c.provider]} would need none`;
      const first = c.env[0] as CloudEnv;
      const span: Span = first.span;
      return policyDetection(rule, {
        place: c.workload.place,
        span,
        message: `${describe(c.workload.id)} takes static ${PROVIDER_NAME[c.provider]} credentials (${names})${from}, ${advice}.`,
        identity: `${c.workload.id.kind}:${c.workload.id.namespace ?? ''}/${c.workload.id.name ?? ''}:${c.provider}`,
        object: c.workload.id,
      });
    });
  },
};
