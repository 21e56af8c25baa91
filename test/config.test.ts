import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseConfig } from '../src/config/load.ts';
import { SealgateError } from '../src/errors.ts';

const C = suite('config');

const error = (text: string): SealgateError => {
  try {
    parseConfig(text, '.sealgate.yaml');
  } catch (e) {
    if (e instanceof SealgateError) return e;
    throw e;
  }
  throw new Error('expected a config error');
};

C('an empty file gives the defaults', () => {
  const c = parseConfig('', 'x');
  assert.is(c.failOn, 'low');
  assert.equal(c.rules.disable, []);
  assert.is(c.governance.maxSecretAgeDays, 90);
});

C('reads every documented key', () => {
  const c = parseConfig(
    `failOn: high
rules: { disable: [generic-password], severity: { k8s-automount-token: info } }
allow: { paths: ["test/fixtures/**"], regexes: ["EXAMPLE"], stopwords: [dummy] }
baseline: .sealgate-baseline.json
seal:
  - { path: "clusters/prod/**", method: sealed-secrets, cert: keys/prod.pem, scope: strict }
  - { path: "clusters/dev/**",  method: sops, age: [age1abc] }
governance: { maxSecretAgeDays: 30 }
`,
    'x',
  );
  assert.is(c.failOn, 'high');
  assert.equal(c.rules.disable, ['generic-password']);
  assert.equal(c.rules.severity, { 'k8s-automount-token': 'info' });
  assert.equal(c.allow.paths, ['test/fixtures/**']);
  assert.is(c.baseline, '.sealgate-baseline.json');
  assert.is(c.seal.length, 2);
  assert.is(c.seal[0]?.method, 'sealed-secrets');
  assert.equal(c.seal[1]?.age, ['age1abc']);
  assert.is(c.governance.maxSecretAgeDays, 30);
});

C('a wrong severity names the file, the line and what was expected', () => {
  const e = error('rules:\n  severity:\n    foo: urgent\n');
  assert.is(e.code, 'CONFIG');
  assert.is(e.line, 3);
  assert.match(e.toLine(), /^\.sealgate\.yaml:3: rules\.severity\.foo: expected one of critical, high/);
});

C('an unknown key is an error with its line', () => {
  const e = error('failOn: low\nallowlist: []\n');
  assert.is(e.line, 2);
  assert.match(e.message, /unknown key 'allowlist'/);
});

C('invalid YAML and invalid regexes are errors with lines', () => {
  assert.is(error('rules: [\n').code, 'CONFIG');
  const e = error('allow:\n  regexes: ["(unclosed"]\n');
  assert.is(e.line, 2);
  assert.match(e.message, /invalid regular expression/);
});

C('a sealed-secrets policy rule needs a cert', () => {
  const e = error('seal:\n  - { path: "a/**", method: sealed-secrets }\n');
  assert.is(e.line, 2);
  assert.match(e.message, /cert: required/);
});

C.run();
