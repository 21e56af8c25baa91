// The provider catalog as a whole (test/credentials.rules.test.ts runs each rule's own examples): every family
// file is wired into the catalog, rules sit in the file of their family, and the catalog is as broad as promised.
import { readdirSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { CredentialRule, RuleFamily } from '../src/scanners/credentials/rule.ts';
import { builtinCredentialRules } from '../src/scanners/credentials/rules/index.ts';

const rules = builtinCredentialRules();
const rulesDir = new URL('../src/scanners/credentials/rules/', import.meta.url);
const helpers = new Set(['index.ts', 'shapes.ts', 'sample.ts']);
const familyFiles = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !helpers.has(f));
const providerFamilies: RuleFamily[] = ['cloud', 'source-ci', 'registry', 'chat', 'payments', 'mail', 'observability', 'identity', 'ai', 'saas'];

const C = suite('credential catalog');

C('every family file is in the catalog, and each of its rules belongs to that family', async () => {
  const ids = new Set(rules.map((r) => r.id));
  for (const f of familyFiles) {
    const family = f.replace(/\.ts$/, '');
    const mod = (await import(new URL(f, rulesDir).href)) as { rules: CredentialRule[] };
    assert.ok(mod.rules.length > 0, `${f} exports no rules`);
    for (const r of mod.rules) {
      assert.is(r.family, family, `${r.id} is in ${f}`);
      assert.ok(ids.has(r.id), `${r.id} (${f}) is missing from rules/index.ts`);
    }
  }
});

C('the catalog has every provider family and at least 220 rules', () => {
  const families = new Set(rules.map((r) => r.family));
  for (const f of providerFamilies) assert.ok(families.has(f), `no ${f} rules`);
  assert.ok(rules.length >= 220, `${rules.length} rules`);
});

C('generic rules come last, so a specific finding wins on the same line', () => {
  const firstGeneric = rules.findIndex((r) => r.family === 'generic');
  assert.ok(firstGeneric > 0);
  assert.ok(rules.slice(firstGeneric).every((r) => r.family === 'generic'));
});

C('provider rules have a one-sentence description and a minimum entropy', () => {
  for (const r of rules.filter((x) => providerFamilies.includes(x.family))) {
    assert.ok(/^[A-Za-z0-9][^\n]{10,200}\.$/.test(r.description), `${r.id}: "${r.description}"`);
    assert.ok(r.entropy !== undefined, `${r.id}: provider rules set a minimum entropy`);
  }
});

C.run();
