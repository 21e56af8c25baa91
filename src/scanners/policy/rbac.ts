import type { RuleMeta } from '../../findings/finding.ts';
import { describe, policyDetection, type PolicyCheck } from './check.ts';
import type { BindingFact, Inventory, RoleFact } from './inventory.ts';

const rule: RuleMeta = {
  id: 'rbac-broad-secret-access',
  category: 'policy',
  severity: 'medium',
  title: 'Broad read access to Secrets',
  description:
    'A Role or ClusterRole that may get, list or watch every Secret it can see (secrets or * resources, no resourceNames), and the bindings that grant one. A ClusterRole bound cluster-wide reads every Secret of the cluster (high).',
  help: 'Name the Secrets in resourceNames, drop list/watch (they return every value), and bind with a namespaced RoleBinding instead of a ClusterRoleBinding.',
  tags: ['governance', 'audit', 'rbac'],
  peers: ['kubescape:C-0015', 'kubescape:C-0186', 'kube-linter:access-to-secrets'],
};

/** Built-in ClusterRoles that read Secrets (`view` deliberately does not). */
const BUILTIN_BROAD = new Set(['cluster-admin', 'admin', 'edit']);

/** A binding that grants a role reading all Secrets, with the role when the repository defines it. */
export interface BroadGrant {
  binding: BindingFact;
  role?: RoleFact;
  clusterWide: boolean;
}

function roleFor(b: BindingFact, inv: Inventory): RoleFact | undefined {
  return inv.roles.find((r) => r.id.kind === b.roleRef.kind && r.id.name === b.roleRef.name && (r.id.kind === 'ClusterRole' || r.id.namespace === b.id.namespace || r.id.namespace === undefined || b.id.namespace === undefined));
}

/** Every binding in the repository that grants broad Secret access. */
export function broadGrants(inv: Inventory): BroadGrant[] {
  const out: BroadGrant[] = [];
  for (const b of inv.bindings) {
    if (b.subjects.length === 0) continue;
    const role = roleFor(b, inv);
    const broad = role ? role.broad.length > 0 : b.roleRef.kind === 'ClusterRole' && BUILTIN_BROAD.has(b.roleRef.name);
    if (!broad) continue;
    const grant: BroadGrant = { binding: b, clusterWide: b.id.kind === 'ClusterRoleBinding' };
    if (role) grant.role = role;
    out.push(grant);
  }
  return out;
}

export const rbacBroadSecretAccess: PolicyCheck = {
  rule,
  run(inv) {
    const grants = broadGrants(inv);
    const out = inv.roles
      .filter((r) => r.broad.length > 0)
      .map((r) => {
        const first = r.broad[0] as RoleFact['broad'][number];
        const clusterWide = grants.some((g) => g.role === r && g.clusterWide);
        return policyDetection(rule, {
          place: r.place,
          span: first.span,
          message: `${describe(r.id)} may ${first.verbs.join('/')} ${first.resources.includes('*') ? 'every resource, Secrets included' : 'every Secret'} (no resourceNames)${clusterWide ? ', and a ClusterRoleBinding grants it cluster-wide' : ''}.`,
          identity: `${r.id.kind}:${r.id.namespace ?? ''}/${r.id.name ?? ''}`,
          object: r.id,
          severity: clusterWide ? 'high' : rule.severity,
        });
      });
    for (const g of grants) {
      const b = g.binding;
      const who = b.subjects.map((s) => `${s.kind} ${s.namespace ? `${s.namespace}/` : ''}${s.name}`).join(', ');
      const where = g.clusterWide ? 'in every namespace' : `in namespace ${b.id.namespace ?? '(unset)'}`;
      out.push(
        policyDetection(rule, {
          place: b.place,
          message: `${describe(b.id)} grants ${b.roleRef.kind} ${b.roleRef.name}, which reads all Secrets, to ${who} ${where}.`,
          identity: `${b.id.kind}:${b.id.namespace ?? ''}/${b.id.name ?? ''}`,
          object: b.id,
          severity: g.clusterWide ? 'high' : rule.severity,
        }),
      );
    }
    return out;
  },
};
