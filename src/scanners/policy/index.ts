/**
 * The governance checks (category `policy`): one repository-wide scanner that collects an inventory of
 * every file, then runs each check over it. On only when `ScannerOptions.policy` is (`sealgate audit`,
 * `scan --policy`).
 */
import type { AuditFacts, SecretAge } from '../../findings/audit-report.ts';
import type { RepoContext, RepoScanner } from '../scanner.ts';
import { automountOff, automountToken } from './automount.ts';
import type { PolicyCheck } from './check.ts';
import { staticCredentials, staticCloudCredentials } from './cloud-credentials.ts';
import { envSecretWithoutReload, LONG_RUNNING, uncoveredEnvSecrets } from './env-reload.ts';
import { externalSecretNoRefresh } from './externalsecret-refresh.ts';
import { collectFile, emptyInventory, type Inventory } from './inventory.ts';
import { mixedSecretTooling, toolsInUse, type ToolUse } from './mixed-tooling.ts';
import { broadGrants, rbacBroadSecretAccess } from './rbac.ts';
import { rotationOverdue, secretAges } from './rotation.ts';

export { sealedValues, sealedValueId } from './sealed-values.ts';
export { describeTools, type ToolUse } from './mixed-tooling.ts';

/** Every policy check, in report order. */
export const POLICY_CHECKS: readonly PolicyCheck[] = [
  rotationOverdue,
  externalSecretNoRefresh,
  envSecretWithoutReload,
  automountToken,
  rbacBroadSecretAccess,
  staticCloudCredentials,
  mixedSecretTooling,
];

/** The policy scanner, plus what the audit report reads from its inventory. */
export interface PolicyScanner extends RepoScanner {
  /** Counts behind the report's checkboxes (call after the last `collect`). */
  facts(ctx: RepoContext): AuditFacts;
  /** Every sealed secret with its age, oldest first. */
  secretAges(ctx: RepoContext): SecretAge[];
  /** The secret tools in use, most used first. */
  tools(): ToolUse[];
}

/** A fresh policy scanner (it holds the inventory of one scan). */
export function policyScanner(): PolicyScanner {
  const inv = emptyInventory();
  return {
    id: 'policy',
    rules: POLICY_CHECKS.map((c) => c.rule),
    collect(input) {
      if (!input.options.policy) return;
      collectFile(inv, input.target.path, input.target.content, input.parsed());
    },
    finish(ctx) {
      return POLICY_CHECKS.flatMap((c) => c.run(inv, ctx));
    },
    facts: (ctx) => facts(inv, ctx),
    secretAges: (ctx) => secretAges(inv, ctx),
    tools: () => toolsInUse(inv),
  };
}

function facts(inv: Inventory, ctx: RepoContext): AuditFacts {
  const ages = secretAges(inv, ctx);
  const uses = inv.workloads.flatMap((w) => w.pods);
  const envWorkloads = inv.workloads.filter((w) => LONG_RUNNING.has(w.id.kind) && w.pods.some((p) => p.envSecrets.length > 0));
  const grants = broadGrants(inv);
  const sa = (name: string | undefined, namespace: string | undefined) => (namespace ? `${namespace}/${name ?? ''}` : (name ?? ''));
  return {
    tooling: {
      sealedSecrets: inv.sealedSecrets.length,
      sealedKeys: inv.sealedSecrets.reduce((n, s) => n + s.keys.length, 0),
      sopsFiles: new Set(inv.sopsFiles.map((f) => f.place.file)).size,
      externalSecrets: inv.externalSecrets.length,
      plainSecrets: inv.secrets.length,
    },
    rotation: {
      tracked: ages.length,
      overdue: ages.filter((a) => a.overdue).length,
      unknownAge: ages.filter((a) => a.ageDays === undefined).length,
      externalSecretsWithoutRefresh: externalSecretNoRefresh.run(inv, ctx).filter((d) => d.detection.severity !== 'info').length,
    },
    injection: {
      envFrom: uses.reduce((n, p) => n + p.envSecrets.filter((u) => u.via === 'envFrom').length, 0),
      secretKeyRef: uses.reduce((n, p) => n + p.envSecrets.filter((u) => u.via === 'secretKeyRef').length, 0),
      volumes: uses.reduce((n, p) => n + p.volumeSecrets.length, 0),
      envWorkloads: envWorkloads.length,
      reloaderCovered: envWorkloads.filter((w) => uncoveredEnvSecrets(w, inv).length === 0).length,
      identities: inv.serviceAccounts.flatMap((s) => (s.identity ? [{ name: sa(s.id.name, s.id.namespace), provider: s.identity.provider, file: s.place.file }] : [])),
      staticKeys: staticCredentials(inv).map((c) => ({
        workload: `${c.workload.id.kind} ${sa(c.workload.id.name, c.workload.id.namespace)}`,
        provider: c.provider,
        env: [...new Set(c.env.map((e) => e.env))],
        file: c.workload.place.file,
        identityAvailable: c.serviceAccount?.identity?.provider === c.provider,
      })),
    },
    audit: {
      podTemplates: uses.length,
      automountOff: inv.workloads.reduce((n, w) => n + w.pods.filter((p) => automountOff(w, p, inv)).length, 0),
      serviceAccounts: inv.serviceAccounts.length,
      serviceAccountsAutomountOff: inv.serviceAccounts.filter((s) => s.automount === false).length,
      broadRoles: inv.roles.filter((r) => r.broad.length > 0).length,
      broadBindings: grants.length,
      clusterWideBindings: grants.filter((g) => g.clusterWide).length,
    },
  };
}

