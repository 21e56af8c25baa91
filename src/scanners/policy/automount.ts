import type { RuleMeta } from '../../findings/finding.ts';
import { describe, policyDetection, sameObject, type PolicyCheck } from './check.ts';
import type { Inventory, PodFact, ServiceAccountFact, WorkloadFact } from './inventory.ts';

const rule: RuleMeta = {
  id: 'automount-token',
  category: 'policy',
  severity: 'low',
  title: 'Service account token mounted by default',
  description:
    'A ServiceAccount, or a pod template, that does not set automountServiceAccountToken: false: every container gets an API token, which anyone who compromises it can use to read what the account may (often Secrets). A pod that leaves it unset inherits the setting of its ServiceAccount.',
  help: 'Set automountServiceAccountToken: false on the ServiceAccount (and on pod templates), and mount a token explicitly (projected volume) only where the pod calls the API.',
  tags: ['governance', 'audit', 'rbac'],
  peers: ['kubescape:C-0034', 'kubescape:C-0190', 'checkov:CKV_K8S_38', 'polaris:automountServiceAccountToken'],
};

/** The ServiceAccount a pod of `w` runs as, when the repository defines it. */
export function serviceAccountOf(w: WorkloadFact, pod: PodFact, inv: Inventory): ServiceAccountFact | undefined {
  const ref = { name: pod.serviceAccount, namespace: w.id.namespace };
  return inv.serviceAccounts.find((sa) => sameObject(sa.id, ref));
}

/** True when the pod gets no token: `false` on the pod, or unset there and `false` on its ServiceAccount. */
export function automountOff(w: WorkloadFact, pod: PodFact, inv: Inventory): boolean {
  if (pod.automount !== undefined) return !pod.automount;
  return serviceAccountOf(w, pod, inv)?.automount === false;
}

export const automountToken: PolicyCheck = {
  rule,
  run(inv) {
    const out = inv.serviceAccounts
      .filter((sa) => sa.automount !== false)
      .map((sa) =>
        policyDetection(rule, {
          place: sa.place,
          message: `${describe(sa.id)} does not set automountServiceAccountToken: false, so every pod using it gets an API token.`,
          identity: `ServiceAccount:${sa.id.namespace ?? ''}/${sa.id.name ?? ''}`,
          object: sa.id,
        }),
      );
    for (const w of inv.workloads) {
      w.pods.forEach((pod, i) => {
        if (automountOff(w, pod, inv)) return;
        const why = pod.automount === true ? 'sets automountServiceAccountToken: true' : `does not set automountServiceAccountToken: false, nor does its ServiceAccount '${pod.serviceAccount}' in this repository`;
        out.push(
          policyDetection(rule, {
            place: pod.place,
            span: pod.automountSpan,
            message: `${describe(w.id)} ${why}, so its pods get an API token.`,
            identity: `${w.id.kind}:${w.id.namespace ?? ''}/${w.id.name ?? ''}#${i}`,
            object: w.id,
          }),
        );
      });
    }
    return out;
  },
};
