import { createHash } from 'node:crypto';
import { TempRepo } from './repo.ts';

/** The time the audit of the fixture repository is measured against. */
export const AUDIT_NOW = new Date('2026-11-29T12:00:00Z');

/** A plaintext password planted in the fixture repo: no report may contain it. */
export const PLANTED_PASSWORD = 'Tr0ub4dor-correct-horse-93xQ';

/**
 * A stand-in for a sealed value, derived from `label`, with the layout of a real RSA-4096 one (length prefix
 * 0x0200, 512-byte RSA block, ciphertext, tag) so sealedsecret-malformed accepts it; starts with `AgB`.
 */
export function fakeSealed(label: string): string {
  const h = (s: string) => createHash('sha512').update(s).digest();
  const body = Buffer.concat(Array.from({ length: 9 }, (_, i) => h(`${label}/${i}`))).subarray(0, 512 + 12 + 16);
  body[0] = 0x40 | ((body[0] as number) & 0x3f);
  return Buffer.concat([Buffer.from([2, 0]), body]).toString('base64');
}

const sealed = (name: string, keys: Record<string, string>, extra = '') => `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ${name}
  namespace: apps
spec:
  encryptedData:
${Object.entries(keys)
  .map(([k, v]) => `    ${k}: ${v}`)
  .join('\n')}
  template:
    metadata:
      name: ${name}
${extra}`;

const FILES = {
  'clusters/prod/apps/web/serviceaccount.yaml': `apiVersion: v1
kind: ServiceAccount
metadata:
  name: web
  namespace: apps
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::111122223333:role/web
automountServiceAccountToken: false
`,
  'clusters/prod/apps/web/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: apps
spec:
  template:
    spec:
      serviceAccountName: web
      containers:
        - name: web
          image: web:1.4
          envFrom:
            - secretRef:
                name: web-env
`,
  'clusters/prod/apps/worker/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: apps
  annotations:
    reloader.stakater.com/auto: "true"
spec:
  template:
    spec:
      containers:
        - name: worker
          image: worker:2.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: worker
                  key: password
          envFrom:
            - secretRef:
                name: aws-creds
`,
  'clusters/prod/apps/api/externalsecret.yaml': `apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: api
  namespace: apps
spec:
  refreshInterval: "0"
  secretStoreRef:
    name: vault
    kind: ClusterSecretStore
  target:
    name: api
  data:
    - secretKey: token
      remoteRef:
        key: apps/api
`,
  'clusters/prod/apps/api/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: apps
spec:
  template:
    spec:
      automountServiceAccountToken: false
      containers:
        - name: api
          image: api:3.1
          volumeMounts:
            - name: api
              mountPath: /run/secrets/api
      volumes:
        - name: api
          secret:
            secretName: api
`,
  'clusters/prod/platform/rbac.yaml': `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: secret-reader
rules:
  - apiGroups: [""]
    resources: ["secrets"]
    verbs: ["get", "list", "watch"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: backup-reads-secrets
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: secret-reader
subjects:
  - kind: ServiceAccount
    name: backup
    namespace: platform
`,
  'clusters/prod/platform/legacy-secret.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: legacy
  namespace: platform
type: Opaque
stringData:
  password: ${PLANTED_PASSWORD}
`,
};

const SOPS_FILE = `apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: platform
stringData:
  password: ENC[AES256_GCM,data:Zm9vYmFyYmF6,iv:MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=,tag:YWJjZGVmZ2hpamtsbW5vcA==,type:str]
sops:
  age:
    - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBleGFtcGxl
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2026-05-01T09:30:00Z"
  mac: ENC[AES256_GCM,data:bWFjbWFjbWFj,iv:MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=,tag:YWJjZGVmZ2hpamtsbW5vcA==,type:str]
  encrypted_regex: ^(data|stringData)$
  version: 3.9.4
`;

function commitAt(repo: TempRepo, date: string, message: string, files: Record<string, string>): void {
  repo.write(files);
  repo.git('add', '-A');
  repo.gitEnv({ GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, 'commit', '-q', '-m', message);
}

/**
 * A small GitOps repository with a year of history (dates relative to AUDIT_NOW, limit 90 days):
 * - web-env DATABASE_URL sealed 2026-01-10 (overdue), API_TOKEN re-sealed 2026-10-01 (fresh);
 * - worker password re-sealed 2026-03-01 (overdue), then the file only re-formatted on 2026-10-20;
 * - aws-creds sealed 2026-09-15, AWS_SECRET_ACCESS_KEY changed in the working tree (uncommitted);
 * - a SOPS file with sops.lastmodified 2026-05-01 (overdue), committed 2026-11-01.
 */
export function buildGitopsRepo(): TempRepo {
  const repo = new TempRepo();
  const webEnv = 'clusters/prod/apps/web/sealed-secret.yaml';
  const worker = 'clusters/prod/apps/worker/sealed-secret.yaml';
  const aws = 'clusters/prod/apps/worker/aws-creds.sealed.yaml';
  commitAt(repo, '2026-01-10T10:00:00Z', 'Bootstrap the prod cluster', {
    ...FILES,
    [webEnv]: sealed('web-env', { DATABASE_URL: fakeSealed('db-url-1'), API_TOKEN: fakeSealed('api-token-1') }),
    [worker]: sealed('worker', { password: fakeSealed('worker-1') }),
  });
  commitAt(repo, '2026-03-01T10:00:00Z', 'Rotate the worker password', { [worker]: sealed('worker', { password: fakeSealed('worker-2') }) });
  commitAt(repo, '2026-09-15T10:00:00Z', 'Give the worker AWS keys', {
    [aws]: sealed('aws-creds', { AWS_ACCESS_KEY_ID: fakeSealed('aws-id-1'), AWS_SECRET_ACCESS_KEY: fakeSealed('aws-secret-1') }),
  });
  commitAt(repo, '2026-10-01T10:00:00Z', 'Rotate the web API token', {
    [webEnv]: sealed('web-env', { DATABASE_URL: fakeSealed('db-url-1'), API_TOKEN: fakeSealed('api-token-2') }),
  });
  // Only the layout changes (quoted value, a comment): the ciphertext, and so the age, stays.
  commitAt(repo, '2026-10-20T10:00:00Z', 'Tidy the worker secret', {
    [worker]: sealed('worker', { password: `"${fakeSealed('worker-2')}"` }).replace('spec:\n', 'spec:\n  # sealed with the prod certificate\n'),
  });
  commitAt(repo, '2026-11-01T10:00:00Z', 'Move the platform database password to SOPS', { 'clusters/prod/platform/db.enc.yaml': SOPS_FILE });
  repo.write({ [aws]: sealed('aws-creds', { AWS_ACCESS_KEY_ID: fakeSealed('aws-id-1'), AWS_SECRET_ACCESS_KEY: fakeSealed('aws-secret-2') }) });
  return repo;
}
