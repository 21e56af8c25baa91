// `sealedsecret-malformed`: one fixture per case under test/fixtures/sealed-secrets/scanner/{tp,fp}; a tp case
// must produce a detection of the rule, an fp case none. Plus positions and registration.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { builtinScanners, ruleCatalog } from '../src/scanners/index.ts';
import { sealedSecretMalformedScanner } from '../src/scanners/sealed-secrets/malformed.ts';
import { detect } from './helpers/scan-input.ts';

const root = new URL('./fixtures/sealed-secrets/scanner/', import.meta.url).pathname;
const RULE = 'sealedsecret-malformed';
const hits = async (name: string, text: string) => (await detect([sealedSecretMalformedScanner], name, text)).filter((d) => d.ruleId === RULE);

const F = suite(`${RULE} fixtures`);
for (const pol of ['tp', 'fp'] as const) {
  for (const name of readdirSync(join(root, pol)).sort()) {
    F(`${pol} ${name}`, async () => {
      const found = await hits(name, readFileSync(join(root, pol, name), 'utf8'));
      if (pol === 'tp') assert.ok(found.length > 0, `expected a ${RULE} detection`);
      else assert.equal(found.map((d) => `${d.line}: ${d.message}`), []);
    });
  }
}

const P = suite(`${RULE} details`);
P('points at the value, names the object and key, carries no secret', async () => {
  const [d, ...rest] = await hits('x.yaml', readFileSync(join(root, 'tp/bad-base64-value.yaml'), 'utf8'));
  assert.is(rest.length, 0);
  assert.is(d?.line, 11);
  assert.is(d?.column, 5);
  assert.is(d?.severity, 'high');
  assert.is(d?.secret, undefined);
  assert.is(d?.message, 'SealedSecret myshop/myshop-db: spec.encryptedData.DATABASE_USER is not valid standard base64 (padded, no URL-safe characters).');
  assert.equal(d?.kubernetes, { kind: 'SealedSecret', name: 'myshop-db', namespace: 'myshop', key: 'spec.encryptedData.DATABASE_USER' });
});
P('a List item is checked and located inside the List', async () => {
  const [d] = await hits('l.yaml', readFileSync(join(root, 'tp/problem-inside-a-list.yaml'), 'utf8'));
  assert.is(d?.line, 13);
  assert.match(d?.message ?? '', /\(item 1 of a List\)\.$/);
});
P('registered among the built-in scanners with its documentation', () => {
  assert.ok(builtinScanners().includes(sealedSecretMalformedScanner));
  assert.is(ruleCatalog().get(RULE)?.category, 'secret-manifest');
});

F.run();
P.run();
