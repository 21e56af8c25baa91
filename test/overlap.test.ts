import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Detection } from '../src/findings/finding.ts';
import { dropCoveredCredentials } from '../src/findings/overlap.ts';

const d = (category: Detection['category'], ruleId: string, line: number, secret: string, endLine = line): Detection => ({
  ruleId, category, severity: 'high', message: 'm', line, column: 1, endLine, endColumn: 2, secret,
});

test('a credential inside a manifest finding on the same lines is dropped; others stay', () => {
  const manifest = d('secret-manifest', 'k8s-secret-base64', 5, '{"auths":{"r":{"auth":"dTpw"}}}');
  const covered = d('credential', 'docker-config-auth', 5, 'dTpw');
  const otherLine = d('credential', 'generic-password', 9, 'dTpw');
  const otherSecret = d('credential', 'aws-access-token', 5, 'AKIAXXXXXXXXXXXXXXXX');
  assert.equal(dropCoveredCredentials([manifest, covered, otherLine, otherSecret]).map((x) => x.ruleId), ['k8s-secret-base64', 'generic-password', 'aws-access-token']);
});

test('a multi-line manifest finding covers its lines; nothing is dropped without manifest findings', () => {
  const block = d('secret-manifest', 'k8s-configmap-secret', 3, 'line1\npw-123\n', 6);
  assert.is(dropCoveredCredentials([block, d('credential', 'generic-password', 5, 'pw-123')]).length, 1);
  assert.is(dropCoveredCredentials([d('credential', 'generic-password', 5, 'pw-123')]).length, 1);
});

test('a credential rule matching the base64 text of a data value is covered by the manifest finding', () => {
  const manifest = d('secret-manifest', 'k8s-secret-base64', 7, 'Xk9-very-Secret-pw');
  const b64 = Buffer.from('Xk9-very-Secret-pw').toString('base64');
  assert.equal(dropCoveredCredentials([manifest, d('credential', 'generic-password', 7, b64)]).map((x) => x.ruleId), ['k8s-secret-base64']);
});

test.run();
