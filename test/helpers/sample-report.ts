import type { Finding, RuleMeta } from '../../src/findings/finding.ts';
import { emptyBySeverity, type Report } from '../../src/findings/report.ts';

/** The raw secrets behind the sample findings: no reporter output may contain them. */
export const PLANTED = ['hunter2-correct-horse-battery', 'AKIAQYLPMN5HHHFPZAM2'];

const rules: RuleMeta[] = [
  {
    id: 'aws-access-key-id',
    category: 'credential',
    severity: 'critical',
    title: 'AWS access key ID',
    description: 'An AWS access key ID, which with its secret key grants API access.',
    help: 'Revoke the key in IAM, then remove it from the history.',
    tags: ['aws', 'cloud'],
  },
  {
    id: 'k8s-secret-plaintext',
    category: 'secret-manifest',
    severity: 'high',
    title: 'Plaintext Kubernetes Secret',
    description: "A Secret's stringData value committed in plaintext.",
    help: 'sealgate seal secret.yaml --cert pub-cert.pem -w secret.sealed.yaml',
    tags: ['kubernetes'],
    peers: ['gitleaks:kubernetes-secret-yaml'],
  },
];

const findings: Finding[] = [
  {
    ruleId: 'k8s-secret-plaintext',
    category: 'secret-manifest',
    severity: 'high',
    message: "Secret apps/db key 'password' is plaintext in stringData.",
    file: 'k8s/apps/db, "prod":secret.yaml',
    line: 9,
    column: 3,
    endLine: 9,
    endColumn: 40,
    secret: 'hunt…tery',
    fingerprint: '3f1e2d4c5b6a79880716a5b4',
    kubernetes: { kind: 'Secret', name: 'db', namespace: 'apps', key: 'password' },
    fix: 'seal',
  },
  {
    ruleId: 'aws-access-key-id',
    category: 'credential',
    severity: 'critical',
    message: 'AWS access key ID (100% sure) <in> a "script" & more.\nSecond line',
    file: 'scripts/deploy.sh',
    line: 3,
    column: 20,
    endLine: 3,
    endColumn: 40,
    secret: 'AKIA…ZAM2',
    fingerprint: '99aa88bb77cc66dd55ee44ff',
    commit: '0123456789abcdef0123456789abcdef01234567',
    author: 'Dev One',
    date: '2026-11-01T10:00:00Z',
  },
];

/** A fixed report with two findings (one from history), a skip note and a parse note. */
export function sampleReport(): Report {
  const bySeverity = emptyBySeverity();
  bySeverity.high = 1;
  bySeverity.critical = 1;
  return {
    version: 1,
    findings: structuredClone(findings),
    summary: { files: 12, bytes: 34567, findings: 2, bySeverity, durationMs: 1234, skipped: 1, suppressed: 0 },
    notes: [
      { file: 'images/logo.yaml', kind: 'skipped', message: 'binary file, not scanned' },
      { file: 'charts/app/templates/secret.yaml', kind: 'parse', message: 'YAML syntax error', line: 4 },
    ],
    rules: structuredClone(rules),
  };
}

export function emptyReport(): Report {
  return {
    version: 1,
    findings: [],
    summary: { files: 3, bytes: 100, findings: 0, bySeverity: emptyBySeverity(), durationMs: 5, skipped: 0, suppressed: 0 },
    notes: [],
    rules: [],
  };
}
