// The credential rule catalog as data: every rule is well-formed and its own examples behave.
import { readdirSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { builtinCredentialRules } from '../src/scanners/credentials/rules/index.ts';
import type { CredentialRule } from '../src/scanners/credentials/rule.ts';

const builtinRules = builtinCredentialRules();
const rulesDir = new URL('../src/scanners/credentials/rules/', import.meta.url);
const familyFiles = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'shapes.ts');

const C = suite('credential catalog');

C('rule ids are unique kebab-case', () => {
  const seen = new Set<string>();
  for (const r of builtinRules) {
    assert.match(r.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, r.id);
    assert.not.ok(seen.has(r.id), `duplicate id ${r.id}`);
    seen.add(r.id);
  }
});

C('every family file is in the catalog, and every rule sits in its family file', async () => {
  const ids = new Set(builtinRules.map((r) => r.id));
  for (const f of familyFiles) {
    const mod = (await import(new URL(f, rulesDir).href)) as { rules: CredentialRule[] };
    const family = f.replace(/\.ts$/, '');
    for (const r of mod.rules) {
      assert.is(r.family, family, `${r.id} is in ${f}`);
      assert.ok(ids.has(r.id), `${r.id} (${f}) is missing from rules/index.ts`);
    }
  }
});

C('every rule has a description, keywords for the prefilter and its own examples', () => {
  for (const r of builtinRules) {
    assert.ok(r.description.length > 10 && r.description.endsWith('.'), `${r.id}: description is one sentence`);
    assert.ok(r.keywords.length > 0, `${r.id}: keywords`);
    for (const k of r.keywords) assert.is(k, k.toLowerCase(), `${r.id}: keyword ${k} is lower-case`);
    assert.ok(r.tps.length >= 2, `${r.id}: at least two true positives`);
    assert.ok(r.fps.length >= 1, `${r.id}: at least one false positive`);
    assert.not.ok(/[gy]/.test(r.regex.flags), `${r.id}: the engine adds g, the rule does not`);
    for (const t of [...r.tps, ...r.fps]) assert.not.ok(t.includes('«'), `${r.id}: unexpanded example ${t}`);
  }
});

C.run();
