import { writeFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { rangeForEvent, readInputs } from '../src/action/inputs.ts';
import { SealgateError } from '../src/errors.ts';
import { TempRepo } from './helpers/repo.ts';

const A = suite('action inputs');

A('reads INPUT_* with hyphens kept, with defaults', () => {
  assert.equal(readInputs({}), { path: '.', failOn: 'low', scan: 'commits' });
  const i = readInputs({ 'INPUT_FAIL-ON': 'high', 'INPUT_SARIF-FILE': 'out.sarif', INPUT_SCAN: 'diff', INPUT_CONFIG: ' c.yaml ', INPUT_BASELINE: '' });
  assert.equal(i, { path: '.', failOn: 'high', scan: 'diff', config: 'c.yaml', sarifFile: 'out.sarif' });
});

A('rejects bad inputs with a one-line usage error', () => {
  assert.throws(() => readInputs({ 'INPUT_FAIL-ON': 'urgent' }), (e: unknown) => e instanceof SealgateError && /fail-on/.test(e.message));
  assert.throws(() => readInputs({ INPUT_SCAN: 'everything' }), (e: unknown) => e instanceof SealgateError && /scan/.test(e.message));
});

A('chooses the range per event', () => {
  const dir = new TempRepo({ git: false });
  try {
    const ev = (name: string, payload: unknown) => {
      const p = dir.path(`${name}.json`);
      writeFileSync(p, JSON.stringify(payload));
      return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: p };
    };
    const pr = ev('pull_request', { pull_request: { base: { sha: 'b'.repeat(40) }, head: { sha: 'h'.repeat(40) } } });
    assert.is(rangeForEvent(pr, 'commits'), `${'b'.repeat(40)}..${'h'.repeat(40)}`);
    assert.is(rangeForEvent(pr, 'diff'), `${'b'.repeat(40)}...${'h'.repeat(40)}`);
    assert.is(rangeForEvent(pr, 'all'), undefined);
    const push = ev('push', { before: '1'.repeat(40), after: '2'.repeat(40) });
    assert.is(rangeForEvent(push, 'commits'), `${'1'.repeat(40)}..${'2'.repeat(40)}`);
    const newBranch = ev('push', { before: '0'.repeat(40), after: '2'.repeat(40) });
    assert.is(rangeForEvent(newBranch, 'commits'), `${'2'.repeat(40)}~1..${'2'.repeat(40)}`);
    const deleted = ev('push', { before: '1'.repeat(40), after: '0'.repeat(40) });
    assert.is(rangeForEvent(deleted, 'commits'), undefined);
    assert.is(rangeForEvent(ev('workflow_dispatch', {}), 'commits'), undefined);
    assert.throws(() => rangeForEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: dir.path('missing.json') }, 'commits'));
  } finally {
    dir.remove();
  }
});

A.run();
