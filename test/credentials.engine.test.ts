import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseFile } from '../src/parse/file.ts';
import { isPlaceholder, isSensitiveName } from '../src/scanners/common/placeholder.ts';
import { insideAny, rangeSet } from '../src/scanners/credentials/ciphertext.ts';
import { CredentialEngine } from '../src/scanners/credentials/engine.ts';
import { shannonEntropy } from '../src/scanners/credentials/entropy.ts';
import { KeywordPrefilter } from '../src/scanners/credentials/prefilter.ts';
import type { CredentialRule } from '../src/scanners/credentials/rule.ts';
import { builtinCredentialRules } from '../src/scanners/credentials/rules/index.ts';
import { pem, sample, ALNUM } from '../src/scanners/credentials/rules/sample.ts';
import { credentialScanner } from '../src/scanners/credentials/scanner.ts';
import { detect } from './helpers/credentials.ts';

const all = builtinCredentialRules();
const byId = (id: string) => all.find((r) => r.id === id) as CredentialRule;
const E = suite('credential engine');

E('the prefilter marks exactly the groups whose keyword occurs, ignoring ASCII case', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_', '-', 'é'), minLength: 1, maxLength: 4 });
  fc.assert(
    fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'B', 'c', '_', '-', 'é', ' '), maxLength: 60 }), (groups, text) => {
      const p = new KeywordPrefilter(groups);
      const hit = new Uint8Array(groups.length);
      p.scan(text, hit);
      const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
      groups.forEach((words, g) => assert.is(hit[g] === 1, words.some((w) => lower.includes(w)), `group ${g} ${JSON.stringify(words)} in ${JSON.stringify(text)}`));
    }),
  );
});

E('a rule whose keyword is absent never runs its regex', () => {
  let ran = 0;
  const rule: CredentialRule = {
    ...byId('generic-password'),
    id: 'counting',
    keywords: ['zzqq'],
    filter: () => (ran++, true),
  };
  assert.equal(detect([rule], `password = "${sample(ALNUM, 20, 1)}"`), []);
  assert.is(ran, 0);
  assert.is(detect([rule], `zzqq\npassword = "${sample(ALNUM, 20, 1)}"`).length, 1);
  assert.is(ran, 1);
});

E('detections are 1-based with an exclusive end column, pointing at the secret', async () => {
  const secret = sample(ALNUM, 20, 2) + '7';
  const text = `a: 1\nb: 2\n  DB_PASSWORD: ${secret}\n`;
  const [d] = await credentialScanner([byId('generic-password')]).scan({
    target: { path: 'values.yaml', content: text, added: 'all' },
    parsed: () => parseFile('values.yaml', text),
    readFile: async () => undefined,
    options: { policy: false, decodeDepth: 0 },
  });
  assert.ok(d);
  assert.equal([d.line, d.column, d.endLine, d.endColumn], [3, 16, 3, 16 + secret.length]);
  assert.is(d.secret, secret);
  assert.is(d.category, 'credential');
  assert.not.ok(d.message.includes(secret));
});

E('secrets inside base64, hex and percent-encoding are found at the encoded text, to the configured depth', () => {
  const key = pem('RSA PRIVATE KEY', 300, 5);
  const once = Buffer.from(key).toString('base64');
  const twice = Buffer.from(once).toString('base64');
  const text = `x: 1\ntls.key: ${once}\n`;
  const [m] = detect(all, text, 'secret.yaml', 1);
  assert.ok(m);
  assert.is(m.rule.id, 'private-key');
  assert.equal(m.decoded, ['base64']);
  assert.is(text.slice(m.start, m.end), once);
  assert.is(m.secret, key);
  assert.equal(detect(all, text, 'secret.yaml', 0), []);
  assert.equal(detect(all, `v: ${twice}`, 'a.yaml', 1), []);
  assert.equal(detect(all, `v: ${twice}`, 'a.yaml', 2)[0]?.decoded, ['base64', 'base64']);
  const pass = `${sample(ALNUM, 16, 6)}9!`;
  const hex = Buffer.from(`DB_PASSWORD=${pass}`).toString('hex');
  assert.equal(detect(all, `blob ${hex}`, 'a.txt').map((x) => [x.rule.id, x.secret, x.decoded]), [['generic-password', pass, ['hex']]]);
  const pct = `u=postgres%3A%2F%2Fapp%3A${pass.slice(0, -1)}%40db.internal%2Fapp`;
  assert.equal(detect(all, pct, 'a.txt').map((x) => [x.rule.id, x.decoded]), [['url-credentials', ['percent']]]);
});

E('ciphertext never fires: SealedSecret, SOPS ENC[…], age armor, PGP message', () => {
  const sealed = `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: {name: a}\nspec:\n  encryptedData:\n    password: AgB${sample(ALNUM, 400, 7)}\n    api_token: AgA${sample(ALNUM, 120, 8)}9\n`;
  assert.equal(detect(all, sealed, 'sealed.yaml'), []);
  const sops = `password: ENC[AES256_GCM,data:${sample(ALNUM, 24, 9)}1,iv:${sample(ALNUM, 43, 10)}=,tag:${sample(ALNUM, 22, 11)}==,type:str]\n`;
  assert.equal(detect(all, sops, 'secrets.enc.yaml'), []);
  const inner = Buffer.from(`api_key = "${sample(ALNUM, 30, 12)}1"\n`).toString('base64');
  for (const armor of ['AGE ENCRYPTED FILE', 'PGP MESSAGE']) {
    const text = `enc: |\n  -----BEGIN ${armor}-----\n  ${inner}\n  -----END ${armor}-----\n`;
    assert.equal(detect(all, text, 'a.yaml'), [], armor);
  }
  // The same value outside ciphertext is found (the checks above can fail).
  assert.is(detect(all, `blob: ${inner}\n`, 'a.yaml').length, 1);
  assert.is(detect(all, `password: ${sample(ALNUM, 30, 13)}1\n`, 'a.yaml').length, 1);
});

E('a generic finding yields to a specific one on the same line', () => {
  const jwt = byId('jwt').tps[1] as string; // token: "<jwt>"
  const found = detect(all, jwt);
  assert.equal(found.map((m) => m.rule.id), ['jwt']);
  assert.equal(detect([byId('generic-api-key')], jwt).map((m) => m.rule.id), ['generic-api-key']);
});

E('entropy, placeholders and sensitive names', () => {
  assert.is(shannonEntropy(''), 0);
  assert.is(shannonEntropy('aaaa'), 0);
  assert.is(shannonEntropy('abcd'), 2);
  for (const p of ['changeme', '${PASSWORD}', '$(VAR)', '{{ .Values.x }}', '<your-token>', 'xxxxxxxx', 'AKIAIOSFODNN7EXAMPLE', '12345678', '********', '%DB_PASS%', 'true', 'null', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']) {
    assert.ok(isPlaceholder(p), p);
  }
  for (const s of [sample(ALNUM, 24, 14), 'Tr0ub4dor&3', 'hunter2hunter2x9']) assert.not.ok(isPlaceholder(s), s);
  for (const n of ['DB_PASSWORD', 'dbPassword', 'client_secret', 'apiKey', 'x-api-key', 'AWS_SECRET_ACCESS_KEY', 'spring.datasource.password', 'mysqlRootPassword', '_authToken']) {
    assert.ok(isSensitiveName(n), n);
  }
  for (const n of ['secretName', 'passwordFile', 'existingSecret', 'token_url', 'secretKeyRef', 'accessKeyId', 'bypass', 'passport', 'tokenizer', 'password_hash', 'usePasswordFiles']) {
    assert.not.ok(isSensitiveName(n), n);
  }
});

E('ranges of ciphertext answer containment like a linear scan would', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(20))), fc.nat(60), fc.nat(10), (raw, s, len) => {
      const ranges = raw.map(([a, l]) => [a, a + l] as const);
      const naive = ranges.some(([a, b]) => s >= a && s + len <= b);
      assert.is(insideAny(rangeSet(ranges), s, s + len), naive);
    }),
  );
});

E('rules with a path filter or a path allowlist follow it', () => {
  const rule: CredentialRule = { ...byId('generic-password'), id: 'only-env', path: /\.env$/ };
  const text = `PASSWORD=${sample(ALNUM, 16, 15)}1`;
  assert.is(detect([rule], text, 'prod.env').length, 1);
  assert.is(detect([rule], text, 'prod.txt').length, 0);
  assert.is(detect([byId('generic-password')], `"password": "${sample(ALNUM, 16, 16)}1"`, 'web/package-lock.json').length, 0);
});

E.run();
