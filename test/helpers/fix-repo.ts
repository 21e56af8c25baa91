/**
 * A GitOps repository with dev and prod folders for `sealgate fix` tests: sealed-secrets keys made with
 * `sealgate keygen` for two clusters, the SOPS test identities (alice for prod, bob for dev), and plaintext
 * Secrets in every layout fix must handle (multi-document YAML with comments, CRLF without a final newline,
 * a BOM, `kind: List` items in block and flow style, JSON, whole SOPS files).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { cli } from './cli.ts';
import { TempRepo } from './repo.ts';

export const ALICE = 'age1jtfldcpudgc87l7rx4fq5g9rpwux9zwcq5yg3vcnju4fm9ujrczsv4eg7m';
export const BOB = 'age1fnmgqdgys97c0eef5qd8c39sktcmmmched9zcpt5tz4pmcf9xglsw3akt2';
export const ALICE_KEY = new URL('../fixtures/sops/keys/alice.agekey', import.meta.url).pathname;
export const BOB_KEY = new URL('../fixtures/sops/keys/bob.agekey', import.meta.url).pathname;

const b64 = (s: string) => Buffer.from(s).toString('base64');

/** Every plaintext value planted, by where it is: none may be left in the tree after a fix. */
export const PLANTED = {
  prodApp: 'prod-app-Zq81-password',
  prodAppMulti: 'prod-multi-line-Kx0\nsecond line',
  prodCrlf: 'prod-crlf-token-7GhQ',
  prodListBlock: 'prod-list-block-pw-31aa',
  prodListFlow: 'prod-list-flow-pw-84bc',
  prodJson: 'prod-json-api-key-55de',
  prodSops1: 'prod-sops-db-pw-9911',
  prodSops2: 'prod-sops-api-pw-2278',
  devApp: 'dev-app-password-44Lm',
  devSops: 'dev-sops-token-61Pq',
} as const;

export const CONFIG = `# seal policy: per-environment keys
allow: { paths: ["keys/**"] }
seal:
  - { path: "clusters/prod/sops/**", method: sops, age: [${ALICE}] }
  - { path: "clusters/prod/**", method: sealed-secrets, cert: keys/prod.pem }
  - { path: "clusters/dev/sops/**", method: sops }
  - { path: "clusters/dev/**", method: sealed-secrets, cert: keys/dev.pem, scope: namespace-wide }
`;

export const FILES: Record<string, string> = {
  '.sealgate.yaml': CONFIG,
  '.sops.yaml': `creation_rules:\n  - path_regex: clusters/dev/sops/.*\\.yaml$\n    age: ${BOB}\n`,
  'clusters/prod/apps/app.yaml': `# The shop app (prod)
apiVersion: v1
kind: ConfigMap
metadata:
  name: shop
  namespace: shop
data:
  LOG_LEVEL: info   # keep
---
# database credentials, rotate quarterly
apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: shop
  labels: {app: shop}
type: Opaque
stringData:
  password: ${PLANTED.prodApp}   # inline comment
  note: |
    ${PLANTED.prodAppMulti.replace('\n', '\n    ')}
# trailing comment of the Secret
---
apiVersion: v1
kind: Service
metadata: {name: shop, namespace: shop}
spec: {ports: [{port: 80}]}
`,
  'clusters/prod/apps/crlf.yaml': ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: api', '  namespace: shop', 'data:', `  token: ${b64(PLANTED.prodCrlf)}   # crlf`].join('\r\n'),
  'clusters/prod/apps/list.yaml': `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Secret
    metadata:
      name: list-block
      namespace: shop
    stringData:
      password: ${PLANTED.prodListBlock}
  - apiVersion: v1
    kind: ConfigMap
    metadata: {name: list-cm, namespace: shop}
    data: {mode: list}
  - {apiVersion: v1, kind: Secret, metadata: {name: list-flow, namespace: shop}, stringData: {password: ${PLANTED.prodListFlow}}}
`,
  'clusters/prod/apps/secret.json': `{
  "apiVersion": "v1",
  "kind": "Secret",
  "metadata": { "name": "json-api", "namespace": "shop" },
  "stringData": { "api-key": "${PLANTED.prodJson}" }
}
`,
  'clusters/prod/apps/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: shop, namespace: shop}
spec:
  template:
    spec:
      containers:
        - name: shop
          image: shop:1.0
          envFrom: [{secretRef: {name: db}}]
`,
  'clusters/prod/sops/db.yaml': `# prod database
apiVersion: v1
kind: Secret
metadata:
  name: sops-db
  namespace: shop
stringData:
  password: ${PLANTED.prodSops1}
---
apiVersion: v1
kind: Secret
metadata:
  name: sops-api
  namespace: shop
data:
  password: ${b64(PLANTED.prodSops2)}
`,
  'clusters/dev/apps/app.yaml': `\uFEFFapiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: shop
stringData:
  password: ${PLANTED.devApp}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: dev-settings, namespace: shop}
data: {LOG_LEVEL: debug}
`,
  'clusters/dev/sops/api.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: api
  namespace: shop
stringData:
  token: ${PLANTED.devSops}
`,
};

let keys: Promise<Record<string, string>> | undefined;

/** keys/{prod,dev}.{key,pem} made once per test process with `sealgate keygen` (RSA-2048 keeps it fast). */
function clusterKeys(): Promise<Record<string, string>> {
  keys ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sealgate-keys-'));
    const out: Record<string, string> = {};
    for (const env of ['prod', 'dev']) {
      const r = await cli(['keygen', '--key-out', `${env}.key`, '--cert-out', `${env}.pem`, '--bits', '2048', '--days', '365'], { cwd: dir });
      if (r.exitCode !== 0) throw new Error(`keygen failed: ${r.stderr}`);
      for (const ext of ['key', 'pem']) out[`keys/${env}.${ext}`] = readFileSync(join(dir, `${env}.${ext}`), 'utf8');
    }
    rmSync(dir, { recursive: true, force: true });
    return out;
  })();
  return keys;
}

/** A fresh fixture repository, committed, with keys in keys/ (prod.key/pem, dev.key/pem). */
export async function fixRepo(files: Record<string, string> = FILES): Promise<TempRepo> {
  const repo = new TempRepo();
  repo.write(files);
  repo.write(await clusterKeys());
  repo.commit('fixture');
  return repo;
}

/** Every file under `dir` (`.git` excluded) → sha256 of its bytes and its mode. */
export function treeHash(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name === '.git') continue;
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else out.set(relative(dir, p), `${createHash('sha256').update(readFileSync(p)).digest('hex')} ${(st.mode & 0o7777).toString(8)}`);
    }
  };
  walk(dir);
  return out;
}

/** Paths (relative to `dir`) of leftover temp files of `writeFileAtomic`. */
export function tempFiles(dir: string): string[] {
  return [...treeHash(dir).keys()].filter((p) => /(^|\/)\.[^/]+\.[0-9a-f]{12}\.tmp$/.test(p));
}
