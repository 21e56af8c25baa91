// The provider catalog as a whole (test/credentials.rules.test.ts runs each rule's own examples): every family
// file is wired into the catalog, rules sit in the file of their family, and the catalog is as broad as promised.
import { readdirSync, readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { CredentialRule, RuleFamily } from '../src/scanners/credentials/rule.ts';
import { CredentialEngine } from '../src/scanners/credentials/engine.ts';
import { fake } from '../src/scanners/credentials/rules/fake.ts';
import { builtinCredentialRules } from '../src/scanners/credentials/rules/index.ts';

const rules = builtinCredentialRules();
const rulesDir = new URL('../src/scanners/credentials/rules/', import.meta.url);
const helpers = new Set(['index.ts', 'shapes.ts', 'sample.ts', 'fake.ts']);
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

C('the rule files hold templates, not token-shaped literals: the catalog finds nothing in its own source', () => {
  const engine = new CredentialEngine(rules);
  for (const f of familyFiles) {
    const found = engine.detect(readFileSync(new URL(f, rulesDir), 'utf8'), { path: f, decodeDepth: 2 });
    assert.equal(found.map((m) => `${m.rule.id}: ${m.secret.slice(0, 12)}…`), [], f);
  }
});

C.run();

const F = suite('fake');

F('expands each placeholder to its class and length, the same on every call', () => {
  const t = 'ghp_{{an*36}} {{hex*32}} {{b32*16}} {{d*10}} {{an-*43}} {{b64*40}} {{uuid}}';
  const out = fake(t);
  assert.is(out, fake(t));
  assert.match(out, /^ghp_[A-Za-z0-9]{36} [0-9a-f]{32} [A-Z2-7]{16} \d{10} [\w-]{43} [A-Za-z0-9+/]{40} [0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/);
  assert.is.not(fake('x={{an*20}}'), fake('y={{an*20}}'), 'different templates, different values');
});

F('never draws words the engine would take for a placeholder, and rejects an unknown class', () => {
  for (let i = 0; i < 300; i++) assert.not.match(fake(`k${i}={{al*40}}`).slice(`k${i}=`.length), /test|example|sample|dummy|fake|xxx|(.)\1\1\1/i);
  assert.throws(() => fake('{{nope*3}}'), /unknown example class/);
});

F.run();
