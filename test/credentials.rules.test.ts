// One table over every credential rule of every family: each rule's true examples must produce a finding
// of that rule with only that rule enabled, its false examples none; plus the shape every rule must have.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { builtinCredentialRules } from '../src/scanners/credentials/rules/index.ts';
import { detect, example } from './helpers/credentials.ts';

const rules = builtinCredentialRules();

const Shape = suite('credential rules: shape');

Shape('ids are unique and kebab-case', () => {
  const seen = new Set<string>();
  for (const r of rules) {
    assert.ok(/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r.id), `${r.id}: not kebab-case`);
    assert.not.ok(seen.has(r.id), `${r.id}: duplicate id`);
    seen.add(r.id);
  }
});

Shape('every rule has lower-case keywords, two true and one false example, a description', () => {
  for (const r of rules) {
    assert.ok(r.keywords.length > 0, `${r.id}: no keywords`);
    for (const k of r.keywords) assert.ok(k.length > 0 && k === k.toLowerCase(), `${r.id}: keyword '${k}' must be lower-case`);
    assert.ok(r.tps.length >= 2, `${r.id}: needs at least two true examples`);
    assert.ok(r.fps.length >= 1, `${r.id}: needs at least one false example`);
    assert.ok(r.description.length > 0, `${r.id}: no description`);
    assert.not.ok(r.regex.sticky, `${r.id}: sticky regex`);
  }
});

Shape('every true example contains one of its rule keywords (the prefilter would skip it otherwise)', () => {
  for (const r of rules) {
    for (const tp of r.tps) {
      const t = example(tp).text.toLowerCase();
      assert.ok(r.keywords.some((k) => t.includes(k)), `${r.id}: a true example has none of ${r.keywords.join(', ')}`);
    }
  }
});

Shape.run();

for (const rule of rules) {
  const R = suite(`rule ${rule.id}`);
  rule.tps.forEach((tp, i) => {
    R(`true example ${i + 1} is found`, () => {
      const { text, path } = example(tp);
      const found = detect([rule], text, path);
      assert.ok(found.some((m) => m.rule.id === rule.id), `${rule.id} missed: ${JSON.stringify(text.slice(0, 120))}`);
    });
  });
  rule.fps.forEach((fp, i) => {
    R(`false example ${i + 1} is not`, () => {
      const { text, path } = example(fp);
      const found = detect([rule], text, path);
      assert.equal(found.map((m) => m.secret.slice(0, 40)), [], `${rule.id} fired on: ${JSON.stringify(text.slice(0, 120))}`);
    });
  });
  R.run();
}
