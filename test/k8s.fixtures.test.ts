// One table-driven test over test/fixtures/k8s/<rule-id>/{tp,fp}/<case>: a tp case must produce at least one
// detection of that rule, an fp case none. A case is one file, or a folder whose files are scanned together
// (readFile sees the folder, for kustomize envs/files and values*.yaml names).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { k8sScanners } from '../src/scanners/k8s/index.ts';
import { detect } from './helpers/scan-input.ts';

const root = new URL('./fixtures/k8s/', import.meta.url).pathname;
const scanners = k8sScanners();
const ruleIds = new Set(scanners.flatMap((s) => s.rules.map((r) => r.id)));

function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const abs = join(dir, f);
    if (statSync(abs).isFile()) out[relative(dir, abs).split('\\').join('/')] = readFileSync(abs, 'utf8');
  }
  return out;
}

const coverage = suite('fixtures cover every rule');
coverage('every manifest rule has tp and fp fixtures, and every fixture folder is a rule', () => {
  const dirs = readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory());
  assert.equal(dirs.filter((d) => !ruleIds.has(d)), [], 'fixture folders without a rule');
  for (const id of ruleIds) {
    for (const pol of ['tp', 'fp']) {
      const cases = readdirSync(join(root, id, pol));
      assert.ok(cases.length >= 2, `${id}/${pol} needs at least two cases`);
    }
  }
});
coverage.run();

for (const ruleId of [...ruleIds].sort()) {
  const s = suite(ruleId);
  for (const pol of ['tp', 'fp'] as const) {
    const dir = join(root, ruleId, pol);
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      const files = statSync(abs).isDirectory() ? filesOf(abs) : { [name]: readFileSync(abs, 'utf8') };
      s(`${pol} ${name}`, async () => {
        const hits = [];
        for (const [path, text] of Object.entries(files)) {
          for (const d of await detect(scanners, path, text, files)) if (d.ruleId === ruleId) hits.push(d);
        }
        if (pol === 'tp') assert.ok(hits.length > 0, `expected a ${ruleId} detection`);
        else assert.equal(hits.map((h) => `${h.line}: ${h.message}`), [], `expected no ${ruleId} detection`);
      });
    }
  }
  s.run();
}
