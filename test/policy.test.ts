// Every policy rule against its own fixtures: each tp case must produce a finding of that rule, each fp
// case none. A case is a file or a directory (a small repository) under test/fixtures/policy/<rule>/.
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { POLICY_CHECKS } from '../src/scanners/policy/index.ts';
import { ruleCatalog } from '../src/scanners/index.ts';
import { defaultConfig } from '../src/config/config.ts';
import { TempRepo } from './helpers/repo.ts';

const root = new URL('fixtures/policy/', import.meta.url).pathname;
const NOW = new Date('2026-11-29T12:00:00Z');
// The pipeline reaches execa (ESM only), which uvu's require() cannot load: import it dynamically.
const pipeline = () => import('../src/pipeline/scan.ts');

async function findingsOf(ruleId: string, casePath: string, policy = true) {
  const dir = new TempRepo({ git: false });
  try {
    if (statSync(casePath).isDirectory()) cpSync(casePath, dir.dir, { recursive: true });
    else cpSync(casePath, join(dir.dir, casePath.split('/').pop() as string));
    const report = await (await pipeline()).scan({ cwd: dir.dir, policy, now: NOW, config: defaultConfig() });
    return report.findings.filter((f) => f.ruleId === ruleId);
  } finally {
    dir.remove();
  }
}

const P = suite('policy');

P('every policy rule has tp and fp fixtures, peers where the anchors have one, and is in the catalog', () => {
  const catalog = ruleCatalog();
  for (const { rule } of POLICY_CHECKS) {
    assert.is(rule.category, 'policy');
    assert.ok(catalog.get(rule.id) === rule, rule.id);
    for (const polarity of ['tp', 'fp']) assert.ok(readdirSync(join(root, rule.id, polarity)).length >= 1, `${rule.id}/${polarity}`);
  }
  const peers = POLICY_CHECKS.flatMap((c) => c.rule.peers ?? []);
  for (const id of ['kubescape:C-0034', 'kubescape:C-0015', 'kubescape:C-0186', 'kubescape:C-0207', 'checkov:CKV_K8S_35', 'checkov:CKV_K8S_38', 'kube-linter:access-to-secrets', 'polaris:automountServiceAccountToken']) {
    assert.ok(peers.includes(id), id);
  }
});

for (const { rule } of POLICY_CHECKS) {
  for (const polarity of ['tp', 'fp'] as const) {
    for (const name of readdirSync(join(root, rule.id, polarity)).sort()) {
      P(`${rule.id} ${polarity} ${name}`, async () => {
        const found = await findingsOf(rule.id, join(root, rule.id, polarity, name));
        if (polarity === 'tp') assert.ok(found.length > 0, 'expected a finding');
        else assert.equal(found.map((f) => `${f.file}:${f.line} ${f.message}`), []);
        for (const f of found) {
          assert.is(f.category, 'policy');
          assert.ok(f.line >= 1 && f.endLine >= f.line, `${f.line}-${f.endLine}`);
        }
      });
    }
  }
}

P('externalsecret-no-refresh: never refreshing is low, relying on the 1h default is only info', async () => {
  const dir = join(root, 'externalsecret-no-refresh');
  const zero = await findingsOf('externalsecret-no-refresh', join(dir, 'tp/refresh-interval-zero.yaml'));
  assert.equal(zero.map((f) => f.severity), ['low']);
  const unset = await findingsOf('externalsecret-no-refresh', join(dir, 'tp/no-refresh-interval-relies-on-the-default.yaml'));
  assert.equal(unset.map((f) => f.severity), ['info']);
  assert.match(unset[0]?.message ?? '', /sets no refreshInterval.*operator default \(1h\)/);
  assert.equal(await findingsOf('externalsecret-no-refresh', join(dir, 'fp/refresh-hourly.yaml')), []);
});

P('policy checks are off in a plain scan', async () => {
  const found = await findingsOf('automount-token', join(root, 'automount-token/tp/deployment-with-default-service-account.yaml'), false);
  assert.equal(found, []);
});

P.run();
