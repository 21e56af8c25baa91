// Interop with the only npm peer, @linode/kubeseal-encrypt (WebCrypto; namespace-wide only, SPKI keys only).
// It is installed in bench/ (`npm ci --prefix bench`, which .ci/run does) to keep the root package lean.
import { createPublicKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse, stringify } from 'yaml';
import { unseal } from '../src/sealers/kubeseal/api.ts';
import { loadUnsealingKeys } from '../src/sealers/kubeseal/keys.ts';
import { haveBenchPeer } from './helpers/tools.ts';

interface KubesealEncrypt {
  encryptSecretItem(publicKeyPem: string, namespace: string, data: string): Promise<string>;
}

const root = new URL('..', import.meta.url).pathname;
const fixtures = `${root}test/fixtures/sealed-secrets/`;
const P = suite('@linode/kubeseal-encrypt output opens with sealgate');

function peer(): KubesealEncrypt {
  if (!existsSync(`${root}bench/node_modules/@linode/kubeseal-encrypt`)) {
    throw new Error('bench peers are not installed: run `npm ci --prefix bench`');
  }
  return createRequire(`${root}bench/package.json`)('@linode/kubeseal-encrypt') as KubesealEncrypt;
}

P('namespace-wide values sealed by the peer unseal with sealgate, text and unicode alike', async () => {
  if (!haveBenchPeer('@linode/kubeseal-encrypt')) return;
  const { encryptSecretItem } = peer();
  const spki = createPublicKey(readFileSync(`${fixtures}keys/controller-cert.pem`)).export({ type: 'spki', format: 'pem' }).toString();
  // sealgate:allow — fake test values
  const values: Record<string, string> = { token: 'tok_4f9a8b7c6d5e', unicode: 'pässwörd ✓', empty: '', long: 'x'.repeat(5000) };
  const encryptedData: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) encryptedData[k] = await encryptSecretItem(spki, 'myshop', v);
  const sealed = stringify({
    apiVersion: 'bitnami.com/v1alpha1',
    kind: 'SealedSecret',
    // The peer's README omits this annotation; without it the controller (and sealgate) use the strict label.
    metadata: { name: 'from-peer', namespace: 'myshop', annotations: { 'sealedsecrets.bitnami.com/namespace-wide': 'true' } },
    spec: { encryptedData, template: { metadata: { name: 'from-peer', namespace: 'myshop' } } },
  });
  const keys = loadUnsealingKeys(readFileSync(`${fixtures}keys/controller-key.pem`, 'utf8'), 'controller-key.pem');
  const data = parse(unseal(sealed, { keys }).output).data as Record<string, string>;
  for (const [k, v] of Object.entries(values)) assert.is(Buffer.from(data[k] ?? '', 'base64').toString('utf8'), v, k);
  // As the peer's README example writes it (no annotation): strict label, so it does not open.
  assert.throws(() => unseal(sealed.replace(/^ {4}sealedsecrets\.bitnami\.com\/namespace-wide: "true"\n/m, ''), { keys }), /no key could decrypt/);
});

P.run();
