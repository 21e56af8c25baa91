// docs/rules.md is generated from the catalog; it must be current.
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { builtinCredentialRules } from '../src/scanners/credentials/rules/index.ts';
import { renderRulesDoc, RULES_DOC } from '../scripts/rules-doc.ts';

test('docs/rules.md is what `npm run docs:rules` generates', () => {
  const committed = readFileSync(RULES_DOC, 'utf8');
  assert.ok(committed === renderRulesDoc(builtinCredentialRules()), 'docs/rules.md is stale: run `npm run docs:rules`');
});

test('the doc lists every rule with its family and severity', () => {
  const doc = renderRulesDoc(builtinCredentialRules());
  for (const r of builtinCredentialRules()) {
    const section = doc.slice(doc.indexOf(`\n## ${r.family}\n`));
    assert.ok(section.includes(`| \`${r.id}\` | ${r.severity} |`), `${r.id} is not in the ${r.family} section`);
  }
});

test.run();
