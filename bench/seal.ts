// Sealing 1,000 Secrets of 5 keys each for an RSA-4096 controller certificate, with sealgate and with the only
// npm peer, @linode/kubeseal-encrypt (WebCrypto), on the same values in the same run. Both outputs are checked
// to open with the controller's key before anything is timed. `npm run bench:seal [runs]`; writes the
// "Sealing" section of BENCHMARKS.md.
import { createHash, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { seal, unseal } from '../src/sealers/kubeseal/api.ts';
import { loadSealingKey } from '../src/sealers/kubeseal/cert.ts';
import { hybridEncrypt } from '../src/sealers/kubeseal/hybrid.ts';
import { loadUnsealingKeys } from '../src/sealers/kubeseal/keys.ts';
import { encryptionLabel } from '../src/parse/sealed-secret.ts';
import { loadPeer } from './peers.ts';
import { machine, median, writeSection } from './report.ts';

interface KubesealEncrypt {
  encryptSecretItem(publicKeyPem: string, namespace: string, data: string): Promise<string>;
}

const SECRETS = 1000;
const KEYS = ['DB_PASSWORD', 'API_TOKEN', 'USERNAME', 'DATABASE_URL', 'WEBHOOK_SECRET'] as const;
const NAMESPACE = 'bench';
const runs = Number(process.argv[2] ?? 5);
const keysDir = new URL('../test/fixtures/sealed-secrets/keys/', import.meta.url).pathname;
const certPem = readFileSync(`${keysDir}controller-cert.pem`, 'utf8');
const controllerKeys = loadUnsealingKeys(readFileSync(`${keysDir}controller-key.pem`, 'utf8'), 'controller-key.pem');

/** Deterministic, realistic values: 16 to 80 printable characters. */
function value(i: number, k: number): string {
  const h = createHash('sha256').update(`${i}/${k}`).digest('base64url');
  const text = [h.slice(0, 24), `tok_${h}`, `svc-user-${i}`, `postgres://app:${h.slice(0, 20)}@db-${i}.bench.svc:5432/app`, h.slice(0, 32)][k];
  return text as string;
}

const values: string[][] = Array.from({ length: SECRETS }, (_, i) => KEYS.map((_, k) => value(i, k)));
const input = values
  .map((vs, i) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-${i}\n  namespace: ${NAMESPACE}\ntype: Opaque\nstringData:\n${KEYS.map((k, j) => `  ${k}: "${vs[j]}"\n`).join('')}`)
  .join('---\n');

async function timed(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function main(): Promise<void> {
  const key = loadSealingKey(certPem, 'controller-cert.pem');
  if (key.bits !== 4096) throw new Error('the benchmark certificate must be RSA-4096');
  const spki = createPublicKey(certPem).export({ type: 'spki', format: 'pem' }).toString();
  const peer = loadPeer<KubesealEncrypt>('@linode/kubeseal-encrypt');
  const label = encryptionLabel('namespace-wide', NAMESPACE, '');
  const flat = values.flat();

  // Correctness first: a sample of each tool's output must open with the controller key.
  const sealed = seal(input, { cert: key, scope: 'namespace-wide' });
  if (sealed.count !== SECRETS) throw new Error(`sealgate sealed ${sealed.count} Secrets`);
  const firstDoc = sealed.output.split('\n---\n')[0] as string;
  const opened = parse(unseal(firstDoc, { keys: controllerKeys }).output).data as Record<string, string>;
  KEYS.forEach((k, j) => {
    if (Buffer.from(opened[k] ?? '', 'base64').toString() !== values[0]?.[j]) throw new Error(`sealgate output did not round-trip (${k})`);
  });
  const peerValue = await peer.encryptSecretItem(spki, NAMESPACE, values[0]?.[0] as string);
  const peerDoc = `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: p\n  namespace: ${NAMESPACE}\n  annotations:\n    sealedsecrets.bitnami.com/namespace-wide: "true"\nspec:\n  encryptedData:\n    v: ${peerValue}\n`;
  if (Buffer.from(parse(unseal(peerDoc, { keys: controllerKeys }).output).data.v, 'base64').toString() !== values[0]?.[0]) {
    throw new Error('the peer output did not open with sealgate');
  }

  const measures = {
    sealgateManifests: [] as number[],
    sealgateValues: [] as number[],
    peerSequential: [] as number[],
    peerConcurrent: [] as number[],
  };
  for (let r = 0; r <= runs; r++) {
    const m = {
      sealgateManifests: await timed(() => seal(input, { cert: key, scope: 'namespace-wide' })),
      sealgateValues: await timed(() => {
        for (const v of flat) hybridEncrypt(key.publicKey, Buffer.from(v), label).toString('base64');
      }),
      peerSequential: await timed(async () => {
        for (const v of flat) await peer.encryptSecretItem(spki, NAMESPACE, v);
      }),
      peerConcurrent: await timed(() => Promise.all(flat.map((v) => peer.encryptSecretItem(spki, NAMESPACE, v)))),
    };
    if (r === 0) continue; // warm-up
    for (const [k, t] of Object.entries(m)) measures[k as keyof typeof measures].push(t);
  }
  const med = Object.fromEntries(Object.entries(measures).map(([k, ts]) => [k, median(ts)])) as Record<keyof typeof measures, number>;
  const perValue = (ms: number) => `${((ms * 1000) / flat.length).toFixed(0)} µs`;
  const row = (what: string, ms: number) => `| ${what} | ${(ms / 1000).toFixed(2)} s | ${perValue(ms)} | ${(med.peerSequential / ms).toFixed(2)}× |`;
  const body = `1,000 Secrets × 5 keys (5,000 values, 16–80 characters) sealed namespace-wide for an RSA-4096 controller
certificate, sealgate against [@linode/kubeseal-encrypt](https://www.npmjs.com/package/@linode/kubeseal-encrypt) 1.0.1
(WebCrypto; namespace-wide only, bare values only) on the same values in the same process. Both outputs are
checked to open with the controller key first. Median of ${runs} runs after a warm-up; ${machine()}.
Command: \`npm run bench:seal\`.

| what | time | per value | speed vs the peer (sequential) |
| --- | ---: | ---: | ---: |
${row('sealgate `seal()`: parse 1,000 Secret manifests, seal, print SealedSecret YAML', med.sealgateManifests)}
${row('sealgate hybrid encryption only (5,000 values)', med.sealgateValues)}
${row('@linode/kubeseal-encrypt, one value at a time (`await` each)', med.peerSequential)}
${row('@linode/kubeseal-encrypt, all 5,000 at once (`Promise.all`)', med.peerConcurrent)}

**Ratio: sealgate seals the 1,000 manifests ${(med.peerSequential / med.sealgateManifests).toFixed(1)}× as fast as the peer encrypts
their bare values one at a time** (${(med.peerConcurrent / med.sealgateManifests).toFixed(1)}× against the peer with every call in flight at once),
while also parsing the input and writing complete SealedSecrets. Most of the time on both sides is the RSA-OAEP
public-key operation (OpenSSL in both: Node's \`crypto\` and WebCrypto); the peer pays for key import on every call.`;
  console.log(body);
  writeSection('Sealing', body);
}

await main();
