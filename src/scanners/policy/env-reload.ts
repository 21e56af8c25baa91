import type { RuleMeta } from '../../findings/finding.ts';
import { describe, policyDetection, sameObject, type PolicyCheck } from './check.ts';
import type { EnvSecretUse, Inventory, WorkloadFact } from './inventory.ts';

const rule: RuleMeta = {
  id: 'envfrom-secret-without-reload',
  category: 'policy',
  severity: 'low',
  title: 'Secret in env with no reload on rotation',
  description:
    'A long-running workload takes a Secret through envFrom or secretKeyRef, which is read once at pod start, and no Stakater Reloader annotation covers that Secret: a rotated value reaches the pods only when they happen to restart.',
  help: 'Add reloader.stakater.com/auto: "true" (or secret.reloader.stakater.com/reload: "<secret>") to the workload, or mount the Secret as a volume (the kubelet refreshes it) if it rotates often.',
  tags: ['governance', 'injection', 'reloader'],
  peers: ['checkov:CKV_K8S_35', 'kubescape:C-0207', 'kube-linter:read-secret-from-env-var'],
};

/** Workloads whose pods live until replaced: the ones a rotation has to restart (and Reloader can). */
export const LONG_RUNNING = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Rollout', 'DeploymentConfig']);

const list = (v: string | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/**
 * True when Reloader restarts `w` on a change of Secret `secret`: `auto` (all, minus exclusions), an
 * explicit `secret.reloader.stakater.com/reload` list, or `search` with the Secret marked `match`.
 */
export function reloaderCovers(w: WorkloadFact, secret: string, inv: Inventory): boolean {
  const a = w.annotations;
  const auto = a['reloader.stakater.com/auto'] === 'true' || a['secret.reloader.stakater.com/auto'] === 'true';
  if (auto && !list(a['secrets.exclude.reloader.stakater.com/reload']).includes(secret)) return true;
  if (list(a['secret.reloader.stakater.com/reload']).includes(secret)) return true;
  if (a['reloader.stakater.com/search'] === 'true') {
    const sources = [...inv.secrets, ...inv.sealedSecrets, ...inv.externalSecrets];
    const ref = { name: secret, namespace: w.id.namespace };
    return sources.some((s) => sameObject({ name: s.secretName, namespace: s.id.namespace }, ref) && s.annotations['reloader.stakater.com/match'] === 'true');
  }
  return false;
}

/** The first env use of each Secret of a long-running workload that Reloader does not cover. */
export function uncoveredEnvSecrets(w: WorkloadFact, inv: Inventory): EnvSecretUse[] {
  if (!LONG_RUNNING.has(w.id.kind)) return [];
  const seen = new Set<string>();
  const out: EnvSecretUse[] = [];
  for (const use of w.pods.flatMap((p) => p.envSecrets)) {
    if (seen.has(use.secret)) continue;
    seen.add(use.secret);
    if (!reloaderCovers(w, use.secret, inv)) out.push(use);
  }
  return out;
}

export const envSecretWithoutReload: PolicyCheck = {
  rule,
  run(inv) {
    return inv.workloads.flatMap((w) =>
      uncoveredEnvSecrets(w, inv).map((use) =>
        policyDetection(rule, {
          place: w.place,
          span: use.span,
          message: `${describe(w.id)} takes Secret '${use.secret}' through ${use.via === 'envFrom' ? 'envFrom' : `secretKeyRef (${use.env})`}, fixed at pod start, and no Reloader annotation covers it.`,
          identity: `${w.id.kind}:${w.id.namespace ?? ''}/${w.id.name ?? ''}:${use.secret}`,
          object: w.id,
          key: use.secret,
        }),
      ),
    );
  },
};
