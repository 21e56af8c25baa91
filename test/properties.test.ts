// Property-based round trips that complete the ones in sources-diff, parse, credentials.engine and
// sops.stores: random Secrets through seal → unseal; random Secret manifests, in every YAML/JSON style,
// through manifest extraction (every value found, at its own line); random bytes through SOPS binary
// encrypt → decrypt.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { stringify } from 'yaml';
import type { SealedSecretScope } from '../src/parse/sealed-secret.ts';
import { seal, unseal } from '../src/sealers/kubeseal/api.ts';
import { loadSealingKey } from '../src/sealers/kubeseal/cert.ts';
import { loadUnsealingKeys } from '../src/sealers/kubeseal/keys.ts';
import { decrypt, encrypt } from '../src/sealers/sops/api.ts';
import { k8sScanners } from '../src/scanners/k8s/index.ts';
import { detect } from './helpers/scan-input.ts';
import { ALICE } from './helpers/sops.ts';

const KEYS = new URL('./fixtures/sealed-secrets/keys/', import.meta.url).pathname;
const cert = loadSealingKey(readFileSync(`${KEYS}controller-cert.pem`, 'utf8'), 'cert');
const keys = loadUnsealingKeys(readFileSync(`${KEYS}controller-key.pem`, 'utf8'), 'key');

const P = suite('properties');
const dns = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,14}[a-z0-9])?$/);
const secretKey = fc.stringMatching(/^[A-Za-z0-9._-]{1,20}$/).filter((k) => k !== '.' && k !== '..');

P('seal → unseal gives back every key and byte, for random names, scopes and values (text and binary)', () => {
  const values = fc.dictionary(secretKey, fc.oneof(fc.string({ minLength: 1, maxLength: 60 }), fc.uint8Array({ minLength: 1, maxLength: 80 })), { minKeys: 1, maxKeys: 4 });
  fc.assert(
    fc.property(dns, dns, values, fc.constantFrom<SealedSecretScope[]>('strict', 'namespace-wide', 'cluster-wide'), fc.constantFrom('yaml', 'json'), (name, namespace, kv, scope, format) => {
      const data = Object.fromEntries(Object.entries(kv).map(([k, v]) => [k, Buffer.from(typeof v === 'string' ? Buffer.from(v, 'utf8') : v).toString('base64')]));
      const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace }, type: 'Opaque', data };
      const input = format === 'json' ? JSON.stringify(secret) : stringify(secret);
      const sealed = seal(input, { cert, scope });
      assert.not.ok(Object.values(data).some((b64) => b64.length >= 12 && sealed.output.includes(b64)), 'no value in clear');
      const opened = JSON.parse(unseal(sealed.output, { keys, format: 'json' }).output) as { metadata: { name: string; namespace: string }; data: Record<string, string> };
      assert.equal(opened.data, data);
      assert.is(opened.metadata.name, name);
    }),
    { numRuns: 30 },
  );
});

P('manifest extraction: every stringData value of a random Secret is found at its own line, whatever the style', async () => {
  const value = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9+/=_.-]{11,40}$/).filter((v) => /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v));
  const styles = ['block', 'flow', 'double-quoted', 'json', 'crlf', 'doc-separators', 'list'] as const;
  await fc.assert(
    fc.asyncProperty(dns, fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{2,12}$/), value, { minKeys: 1, maxKeys: 5 }), fc.constantFrom(...styles), async (name, kv, style) => {
      const entries = Object.entries(kv);
      const text = render(name, entries, style);
      const found = await detect(k8sScanners(), style === 'json' ? 'secret.json' : 'secret.yaml', text);
      const plaintext = found.filter((d) => d.ruleId === 'k8s-secret-plaintext');
      assert.equal(plaintext.map((d) => d.secret).sort(), entries.map(([, v]) => v).sort(), `${style}:\n${text}`);
      const lines = text.split(/\r?\n/);
      for (const d of plaintext) assert.ok((lines[d.line - 1] ?? '').includes(d.secret as string), `${style}: line ${d.line} holds the value`);
    }),
    { numRuns: 120 },
  );
});

function render(name: string, entries: Array<[string, string]>, style: 'block' | 'flow' | 'double-quoted' | 'json' | 'crlf' | 'doc-separators' | 'list'): string {
  const head = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: apps\n`;
  switch (style) {
    case 'block':
      return `${head}stringData:\n${entries.map(([k, v]) => `  ${k}: ${v}\n`).join('')}`;
    case 'flow':
      return `${head}stringData: {\n${entries.map(([k, v]) => `  ${k}: ${v},\n`).join('')}}\n`;
    case 'double-quoted':
      return `${head}stringData:\n${entries.map(([k, v]) => `  "${k}": "${v}"\n`).join('')}`;
    case 'json':
      return `{\n  "apiVersion": "v1",\n  "kind": "Secret",\n  "metadata": {"name": "${name}", "namespace": "apps"},\n  "stringData": {\n${entries.map(([k, v]) => `    "${k}": "${v}"`).join(',\n')}\n  }\n}\n`;
    case 'crlf':
      return `${head}stringData:\n${entries.map(([k, v]) => `  ${k}: ${v}\n`).join('')}`.replace(/\n/g, '\r\n');
    case 'doc-separators':
      return `---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: other}\ndata: {a: b}\n---\n${head}stringData:\n${entries.map(([k, v]) => `  ${k}: ${v}\n`).join('')}...\n`;
    case 'list':
      return `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Secret\n    metadata: {name: ${name}, namespace: apps}\n    stringData:\n${entries.map(([k, v]) => `      ${k}: ${v}\n`).join('')}`;
  }
}

P('SOPS binary: random bytes (NULs, invalid UTF-8, CR/LF) survive encrypt → decrypt exactly', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
      const encrypted = await encrypt(bytes, { format: 'binary', keyGroups: [[ALICE.recipient]] });
      const back = await decrypt(encrypted, { format: 'binary', identities: [ALICE.identity] });
      assert.equal([...Buffer.from(back as Uint8Array)], [...bytes]);
    }),
    { numRuns: 15 },
  );
});

P.run();
