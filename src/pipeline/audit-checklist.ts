import type { AuditFacts, AuditItem, AuditSection, SecretAge } from '../findings/audit-report.ts';
import type { Finding } from '../findings/finding.ts';
import { describeTools, type ToolUse } from '../scanners/index.ts';

/** What the checklist is decided from. */
export interface ChecklistInput {
  facts: AuditFacts;
  findings: readonly Finding[];
  secrets: readonly SecretAge[];
  tools: readonly ToolUse[];
  maxSecretAgeDays: number;
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
const pct = (part: number, whole: number) => (whole === 0 ? '' : ` (${Math.round((part / whole) * 100)}%)`);

function item(id: string, label: string, pass: boolean, detail: string, ruleIds?: string[]): AuditItem {
  return ruleIds ? { id, label, status: pass ? 'pass' : 'fail', detail, ruleIds } : { id, label, status: pass ? 'pass' : 'fail', detail };
}

/** The four sections of the report, each line ticked or not from what the repository shows. */
export function auditSections(input: ChecklistInput): AuditSection[] {
  const { facts, findings, secrets, tools } = input;
  const leaks = findings.filter((f) => f.category !== 'policy');
  const manifests = leaks.filter((f) => f.category === 'secret-manifest').length;
  const { tooling, rotation, injection, audit } = facts;

  const oldest = secrets[0];
  const oldestText = oldest?.ageDays !== undefined ? `; oldest: ${oldest.name}${oldest.key ? ` ${oldest.key}` : ''} (${plural(oldest.ageDays, 'day')})` : '';
  const unknown = rotation.unknownAge ? `; ${rotation.unknownAge} of unknown age (not in Git history)` : '';
  const byProvider = (p: 'aws' | 'gcp' | 'azure') => injection.identities.filter((i) => i.provider === p).length;
  const statics = injection.staticKeys.map((s) => s.workload);

  return [
    {
      id: 'storage',
      title: 'Storage',
      items: [
        item(
          'no-plaintext',
          'No plaintext secrets or credentials in the repository',
          leaks.length === 0,
          leaks.length === 0 ? 'No plaintext Secret manifests or leaked credentials found.' : `${plural(leaks.length, 'finding')}: ${plural(manifests, 'manifest finding')} (Secrets, ConfigMaps, env values, sealed and SOPS files), ${plural(leaks.length - manifests, 'leaked credential')} (listed below, redacted).`,
        ),
        item(
          'one-secret-tool',
          'One secret tool used consistently',
          tools.length <= 1,
          tools.length === 0
            ? 'No SealedSecrets, SOPS files or ExternalSecrets found.'
            : `${describeTools(tools)}; ${plural(tooling.sealedKeys, 'sealed key')} in total.`,
          ['mixed-secret-tooling'],
        ),
      ],
    },
    {
      id: 'rotation',
      title: 'Rotation',
      items: [
        item(
          'rotation-within-limit',
          `Every sealed secret rotated within ${input.maxSecretAgeDays} days`,
          rotation.overdue === 0,
          rotation.tracked === 0 ? 'No sealed secrets to age.' : `${rotation.overdue} of ${plural(rotation.tracked, 'sealed secret')} overdue${oldestText}${unknown}.`,
          ['secret-rotation-overdue'],
        ),
        item(
          'externalsecrets-refresh',
          'ExternalSecrets refresh from their store',
          rotation.externalSecretsWithoutRefresh === 0,
          tooling.externalSecrets === 0 ? 'No ExternalSecrets.' : `${rotation.externalSecretsWithoutRefresh} of ${plural(tooling.externalSecrets, 'ExternalSecret')} never ${rotation.externalSecretsWithoutRefresh === 1 ? 'refreshes' : 'refresh'}.`,
          ['externalsecret-no-refresh'],
        ),
      ],
    },
    {
      id: 'injection',
      title: 'Injection',
      items: [
        item(
          'rotation-reaches-pods',
          'Rotated secrets reach running pods (volume mounts, or Reloader for env)',
          injection.reloaderCovered === injection.envWorkloads,
          `Secrets used through envFrom: ${injection.envFrom}, secretKeyRef: ${injection.secretKeyRef}, volume mounts: ${injection.volumes}; Reloader covers ${injection.reloaderCovered} of ${plural(injection.envWorkloads, 'long-running workload')} that ${injection.envWorkloads === 1 ? 'takes' : 'take'} Secrets into env.`,
          ['envfrom-secret-without-reload'],
        ),
        item(
          'workload-identity',
          'Workload identity instead of static cloud keys',
          statics.length === 0,
          `${plural(injection.identities.length, 'ServiceAccount')} with workload identity (IRSA ${byProvider('aws')}, GKE ${byProvider('gcp')}, Azure ${byProvider('azure')}); ${plural(statics.length, 'workload')} with static cloud keys${statics.length ? `: ${statics.slice(0, 3).join(', ')}${statics.length > 3 ? ', …' : ''}` : ''}.`,
          ['static-cloud-credentials'],
        ),
      ],
    },
    {
      id: 'audit',
      title: 'Audit',
      items: [
        item(
          'automount-off',
          'Service account tokens mounted only where needed',
          audit.automountOff === audit.podTemplates && audit.serviceAccountsAutomountOff === audit.serviceAccounts,
          `automountServiceAccountToken is off for ${audit.automountOff} of ${plural(audit.podTemplates, 'pod template')}${pct(audit.automountOff, audit.podTemplates)} and ${audit.serviceAccountsAutomountOff} of ${plural(audit.serviceAccounts, 'ServiceAccount')}${pct(audit.serviceAccountsAutomountOff, audit.serviceAccounts)}.`,
          ['automount-token'],
        ),
        item(
          'no-broad-secret-rbac',
          'No broad read access to Secrets in RBAC',
          audit.broadRoles === 0 && audit.broadBindings === 0,
          `${plural(audit.broadRoles, 'role')} may read every Secret; ${plural(audit.broadBindings, 'binding')} ${audit.broadBindings === 1 ? 'grants' : 'grant'} such a role (${audit.clusterWideBindings} cluster-wide).`,
          ['rbac-broad-secret-access'],
        ),
      ],
    },
  ];
}

/** What only the cluster or the cloud account can show: always listed, never ticked. */
export function auditManualChecks(): AuditItem[] {
  const manual = (id: string, label: string, detail: string): AuditItem => ({ id, label, status: 'manual', detail });
  return [
    manual('etcd-encryption', 'Secrets encrypted at rest in etcd', "The API server's encryption config uses KMS v2 (or aescbc/secretbox), not identity; managed clusters: envelope encryption with a cloud KMS key."),
    manual('api-audit-log', 'API audit log records access to Secrets', 'An audit policy logs secrets at Metadata level (never Request/RequestResponse, which would log values), shipped off the cluster and retained.'),
    manual('cloud-audit', 'Cloud audit trail and threat detection enabled', 'CloudTrail and GuardDuty (AWS), Cloud Audit Logs and Security Command Center (GCP), Activity Log and Defender for Cloud (Azure), alerting on secret-store and KMS reads.'),
    manual('key-custody', 'Sealing and decryption keys backed up and access reviewed', "The sealed-secrets controller's keys backed up offline; who holds SOPS age/KMS keys reviewed; leavers' access revoked."),
    manual('store-rotation', 'Secrets in external stores rotated', 'ExternalSecrets only copy values: check rotation dates in the store (Vault, AWS Secrets Manager, Google Secret Manager, Azure Key Vault).'),
  ];
}
