import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { redact } from '../src/findings/redact.ts';

const R = suite('redact');

R('keeps at most the first and last 4 characters of a long secret', () => {
  assert.is(redact('AKIAIOSFODNN7EXAMPLE'), 'AKIA…MPLE');
  assert.is(redact('ghp_0123456789abcdefghijklmnopqrstuvwxyz'), 'ghp_…wxyz');
});

R('keeps less of a short secret and masks very short ones entirely', () => {
  assert.is(redact('hunter2'), '*******');
  assert.is(redact('hunter22'), 'h…2');
  assert.is(redact('pass'), '****');
  assert.is(redact(''), '');
});

R('never reveals more than 40% of the secret', () => {
  for (let n = 1; n < 60; n++) {
    const s = 'x'.repeat(n).split('').map((_, i) => String.fromCharCode(65 + (i % 26))).join('');
    const r = redact(s);
    const shown = r.replace(/[…*]/g, '').length;
    assert.ok(shown <= n * 0.4, `n=${n}: ${r}`);
  }
});

R.run();
