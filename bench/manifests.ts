// Throughput of manifest parsing and the Kubernetes-aware detectors on a generated GitOps-like corpus:
// `npx tsx bench/manifests.ts [files]`. Prints files/s, MB/s and the share of time spent parsing.
import { parseFile } from '../src/parse/file.ts';
import { k8sScanners } from '../src/scanners/k8s/index.ts';
import type { ScanInput } from '../src/scanners/scanner.ts';

const count = Number(process.argv[2] ?? 3000);
const b64 = (s: string) => Buffer.from(s).toString('base64');

function deployment(i: number): string {
  const env = Array.from({ length: 12 }, (_, j) => `            - name: VAR_${j}\n              value: "value-${i}-${j}"\n`).join('');
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\n  namespace: team-${i % 17}\n  labels: {app: app-${i}, tier: backend}\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: app-${i}}\n  template:\n    metadata:\n      labels: {app: app-${i}}\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:${i}.0.1\n          ports: [{containerPort: 8080}]\n          env:\n${env}            - name: DB_PASSWORD\n              valueFrom: {secretKeyRef: {name: db, key: password}}\n          resources: {limits: {cpu: 500m, memory: 256Mi}}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: app-${i}}\nspec:\n  ports: [{port: 80, targetPort: 8080}]\n  selector: {app: app-${i}}\n`;
}
function secret(i: number): string {
  return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s-${i}\ntype: Opaque\ndata:\n  password: ${b64(`pw-${i}-xyz`)}\n  token: ${b64(`tok-${i}-abc`)}\n`;
}
function configMap(i: number): string {
  return `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c-${i}}\ndata:\n  LOG_LEVEL: info\n  app.properties: |\n${Array.from({ length: 30 }, (_, j) => `    key.${j}=value-${j}\n`).join('')}`;
}
function helmTemplate(i: number): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "app.fullname" . }}-${i}\n  labels:\n    {{- include "app.labels" . | nindent 4 }}\nspec:\n  {{- if not .Values.autoscaling.enabled }}\n  replicas: {{ .Values.replicaCount }}\n  {{- end }}\n  template:\n    spec:\n      containers:\n        - name: {{ .Chart.Name }}\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n          env:\n            {{- range $k, $v := .Values.env }}\n            - name: {{ $k }}\n              value: {{ $v | quote }}\n            {{- end }}\n`;
}
const makers = [deployment, secret, configMap, helmTemplate];
const files = Array.from({ length: count }, (_, i) => ({ path: `apps/a${i}/m${i}.yaml`, text: (makers[i % makers.length] as (i: number) => string)(i) }));
const bytes = files.reduce((a, f) => a + Buffer.byteLength(f.text), 0);
const scanners = k8sScanners();

async function run(): Promise<{ total: number; parse: number; detections: number }> {
  let parse = 0;
  let detections = 0;
  const t0 = performance.now();
  for (const f of files) {
    const p0 = performance.now();
    const parsed = parseFile(f.path, f.text);
    parse += performance.now() - p0;
    const input: ScanInput = { target: { path: f.path, content: f.text, added: 'all' }, parsed: () => parsed, readFile: async () => undefined, options: { policy: false, decodeDepth: 2 } };
    for (const s of scanners) detections += (await s.scan(input)).length;
  }
  return { total: performance.now() - t0, parse, detections };
}

await run(); // warm up the JIT
const r = await run();
const mb = bytes / 1024 / 1024;
console.log(`${count} files, ${mb.toFixed(1)} MB, ${r.detections} detections`);
console.log(`total ${r.total.toFixed(0)} ms: ${(count / (r.total / 1000)).toFixed(0)} files/s, ${(mb / (r.total / 1000)).toFixed(1)} MB/s, ${((r.total / count) * 1000).toFixed(0)} µs/file; parsing ${((100 * r.parse) / r.total).toFixed(0)}% of it`);
