// One table-driven test over test/fixtures/k8s/<rule-id>/{tp,fp}/<case>: a tp case must produce at least one
// detection of that rule, an fp case none. A case is one file, or a folder whose files are scanned together
// (readFile sees the folder, for kustomize envs/files and values*.yaml names).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { k8sScanners } from '../src/scanners/k8s/index.ts';
import { detect, fixtureCases } from './helpers/scan-input.ts';

const root = new URL('./fixtures/k8s/', import.meta.url).pathname;
const scanners = k8sScanners();
const ruleIds = new Set(scanners.flatMap((s) => s.rules.map((r) => r.id)));
const cases = fixtureCases(root);

const coverage = suite('fixtures cover every rule');
coverage('every manifest rule has tp and fp fixtures, and every fixture folder is a rule', () => {
  const dirs = readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory());
  assert.equal(dirs.filter((d) => !ruleIds.has(d)), [], 'fixture folders without a rule');
  for (const id of ruleIds) {
    for (const pol of ['tp', 'fp']) assert.ok(cases.filter((c) => c.rule === id && c.polarity === pol).length >= 2, `${id}/${pol} needs at least two cases`);
  }
});
coverage.run();

for (const ruleId of [...ruleIds].sort()) {
  const s = suite(ruleId);
  for (const c of cases.filter((x) => x.rule === ruleId)) {
    s(`${c.polarity} ${c.name}`, async () => {
      const hits = [];
      for (const [path, text] of Object.entries(c.files)) {
        for (const d of await detect(scanners, path, text, c.files)) if (d.ruleId === ruleId) hits.push(d);
      }
      if (c.polarity === 'tp') assert.ok(hits.length > 0, `expected a ${ruleId} detection`);
      else assert.equal(hits.map((h) => `${h.line}: ${h.message}`), [], `expected no ${ruleId} detection`);
    });
  }
  s.run();
}
