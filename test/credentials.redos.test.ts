// Every credential rule's regex must be free of catastrophic backtracking, as judged by recheck: the
// automaton checker (exact ambiguity analysis, bounded repeats expanded) where it can analyse the regex,
// the fuzz checker where it cannot (look-ahead). 'unknown' or 'vulnerable' fails. The cost of long bounded
// scans (linear, but with a large factor) is measured by test/hostile/ instead.
import { checkSync } from 'recheck';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { builtinCredentialRules } from '../src/scanners/credentials/rules/index.ts';
import { redosVerdict } from './helpers/redos.ts';

const R = suite('credential rules: ReDoS');

R('recheck itself flags a catastrophic regex (the check can fail)', () => {
  assert.is(redosVerdict(/^(a+)+$/).status, 'vulnerable');
  assert.is(checkSync('(a|a)*b', '').status, 'vulnerable');
});

for (const rule of builtinCredentialRules()) {
  R(`${rule.id} is safe`, () => {
    const v = redosVerdict(rule.regex);
    assert.is(v.status, 'safe', `${rule.id}: ${v.status} (${v.checker}) ${v.detail}`);
  });
}

R.run();
