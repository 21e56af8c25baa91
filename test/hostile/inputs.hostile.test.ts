// Hostile inputs through the real CLI (the cases are shared with `npm run bench:hostile`, which records
// how long each takes against its bound): every one ends in a finding, a note, or one line on stderr with
// exit 2 — never a crash, a hang or a stack trace. Run with `npm run test:hostile`.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { HOSTILE_CASES, runCase } from '../helpers/hostile-cases.ts';

const H = suite('hostile inputs end in a finding, a note or a one-line error');

for (const c of HOSTILE_CASES) {
  H(`${c.name} → ${c.expect}`, async () => {
    const r = await runCase(c);
    assert.is(r.outcome, c.expect, `exit ${r.exitCode}\n${r.stderr}${r.stdout.slice(0, 2000)}`);
    if (c.expect === 'error') {
      assert.is(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^sealgate: /);
      assert.not.match(r.stderr, /internal error|\n\s+at /, 'an input error, not a crash');
      if (c.message) assert.match(r.stderr, c.message);
    } else {
      assert.is(r.stderr, '', 'nothing on stderr');
    }
  });
}

H.run();
