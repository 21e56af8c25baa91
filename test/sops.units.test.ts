// The pure pieces of the SOPS implementation: Go RE2 translation, yaml.v3 scalar typing, Go float
// formatting, the ENC[] syntax, Shamir sharing, .sops.yaml rule selection, identity parsing.
import { randomBytes } from 'node:crypto';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { translateGoRegexp } from '../src/parse/sops/go-regexp.ts';
import { parseEncValue } from '../src/parse/sops/enc-value.ts';
import { normalizeRfc3339, readSopsMetadata, unflattenMetadata } from '../src/parse/sops/metadata.ts';
import { compileSelector } from '../src/parse/sops/selector.ts';
import { formatFloatF, formatFloatG } from '../src/sealers/sops/values.ts';
import { needsQuotes, resolvePlain } from '../src/sealers/sops/stores/yaml-scalars.ts';
import { combineShares, splitSecret } from '../src/sealers/sops/shamir.ts';
import { parseSopsConfig, selectCreationRule } from '../src/sealers/sops/creation-rules.ts';
import { parseIdentities } from '../src/sealers/sops/identities.ts';
import { encryptSops, decryptSops } from '../src/sealers/sops/index.ts';
import { ALICE, BOB } from './helpers/sops.ts';

const Regexp = suite('go regexp');

const matches = (pattern: string, s: string): boolean => {
  const r = translateGoRegexp(pattern);
  if (!r.ok) throw new Error(r.error);
  return r.regexp.test(s);
};

Regexp('the common subset matches as Go does', () => {
  assert.ok(matches('^(data|stringData)$', 'stringData'));
  assert.not.ok(matches('^(data|stringData)$', 'metadata'));
  assert.ok(matches('data', 'metadata'), 'unanchored');
  assert.ok(matches('(?i)^PASS', 'password'));
  assert.ok(matches('^[[:alpha:]_]+$', 'db_pass'));
  assert.not.ok(matches('^[[:digit:]]+$', '12a'));
  assert.ok(matches('^\\pL+$', 'Größe'));
  assert.ok(matches('\\x{41}', 'A'));
  assert.ok(matches('^\\Q.*\\E$', '.*'));
  assert.not.ok(matches('^\\Q.*\\E$', 'ab'));
  assert.ok(matches('(?P<k>pass)word', 'password'));
  assert.ok(matches('a\\-b', 'a-b'), 'escaped punctuation is literal');
  assert.ok(matches('a{2}', 'aa'));
  assert.ok(matches('a{,2}', 'a{,2}'), 'a brace that is not a repeat is literal, as in Go');
  assert.not.ok(matches('^a.b$', 'a\nb'), '. does not match a newline');
  assert.ok(matches('^a.b$', 'a\rb'), '. matches \\r in Go');
  assert.ok(matches('(?s)^a.b$', 'a\nb'));
  assert.ok(matches('(?m)^b$', 'a\nb\nc'));
  assert.not.ok(matches('^\\s$', '\u00a0'), '\\s is ASCII only');
  assert.ok(matches('\\Aab\\z', 'ab'));
  assert.ok(matches('.*\\.enc\\.yaml$', 'clusters/prod/app.enc.yaml'));
});

Regexp('RE2-only or invalid features are rejected with a reason', () => {
  for (const p of ['(?=x)', '(?!x)', '(?<=x)', '(?<!x)', '(a)\\1', '(?i:x)', '(?U)a+', 'a\\C', '[a', '(a', 'a{1001}', '\\q']) {
    const r = translateGoRegexp(p);
    assert.not.ok(r.ok, p);
    if (!r.ok) assert.ok(r.error.length > 0 && !r.error.includes('\n'));
  }
});

Regexp('selectors decide as sops shouldBeEncrypted', () => {
  const sel = (kind: 'unencrypted_suffix' | 'encrypted_regex' | 'encrypted_comment_regex', value: string) => {
    const c = compileSelector({ kind, value });
    if (!c.ok) throw new Error(c.error);
    return c.compiled;
  };
  assert.not.ok(sel('unencrypted_suffix', '_unencrypted').shouldEncrypt(['a_unencrypted', 'b']), 'any component');
  assert.ok(sel('unencrypted_suffix', '_unencrypted').shouldEncrypt(['a', 'b']));
  const k8s = sel('encrypted_regex', '^(data|stringData)$');
  assert.ok(k8s.shouldEncrypt(['data', 'x', 'y']));
  assert.not.ok(k8s.shouldEncrypt(['metadata', 'name']));
  const byComment = sel('encrypted_comment_regex', 'sops:enc');
  assert.ok(byComment.shouldEncrypt(['a'], [[' sops:enc']]));
  assert.not.ok(byComment.shouldEncrypt(['a'], [[]]));
  assert.not.ok(compileSelector({ kind: 'encrypted_regex', value: '(?=x)' }).ok);
});

const Scalars = suite('yaml.v3 scalars and Go formatting');

Scalars('plain scalars are typed like yaml.v3', () => {
  assert.equal(resolvePlain('014'), { kind: 'int', value: 12n }, 'YAML 1.1 octal');
  assert.equal(resolvePlain('0x1F'), { kind: 'int', value: 31n });
  assert.equal(resolvePlain('0o14'), { kind: 'int', value: 12n });
  assert.equal(resolvePlain('0b101'), { kind: 'int', value: 5n });
  assert.equal(resolvePlain('1_000'), { kind: 'int', value: 1000n });
  assert.equal(resolvePlain('-7'), { kind: 'int', value: -7n });
  assert.equal(resolvePlain('08'), { kind: 'float', value: 8 }, 'not octal, so a float');
  assert.equal(resolvePlain('1e3'), { kind: 'float', value: 1000 });
  assert.equal(resolvePlain('.5'), { kind: 'float', value: 0.5 });
  assert.equal(resolvePlain('.inf'), { kind: 'float', value: Infinity });
  assert.is(resolvePlain('yes'), 'yes');
  assert.is(resolvePlain('on'), 'on');
  assert.is(resolvePlain('True'), true);
  assert.is(resolvePlain('~'), null);
  assert.is(resolvePlain('1.2.3'), '1.2.3');
  assert.equal(resolvePlain('2024-01-02'), { kind: 'time', text: '2024-01-02T00:00:00Z' });
  assert.equal(resolvePlain('2024-1-2 3:04:05'), { kind: 'time', text: '2024-01-02T03:04:05Z' });
  assert.equal(resolvePlain('2024-01-02T10:00:00.500+02:00'), { kind: 'time', text: '2024-01-02T10:00:00.5+02:00' });
  assert.is(resolvePlain('2024-02-30'), '2024-02-30');
  assert.throws(() => resolvePlain('18446744073709551615'), /int64/);
  assert.equal(resolvePlain('99999999999999999999'), { kind: 'float', value: 1e20 });
});

Scalars('strings that would read back as something else are quoted', () => {
  for (const s of ['yes', 'no', 'on', 'true', '014', '1e3', '2024-01-02', '~', '', '<<', '1:20', '.5']) assert.ok(needsQuotes(s), s);
  for (const s of ['hunter2', 'db.internal', 'age1abc', 'a: b']) assert.not.ok(needsQuotes(s), s);
});

Scalars("floats print as Go's FormatFloat", () => {
  assert.is(formatFloatF(1e21), '1000000000000000000000');
  assert.is(formatFloatF(1.5e-7), '0.00000015');
  assert.is(formatFloatF(25.4), '25.4');
  assert.is(formatFloatF(1), '1');
  assert.is(formatFloatF(-0), '-0');
  assert.is(formatFloatF(NaN), 'NaN');
  assert.is(formatFloatF(-Infinity), '-Inf');
  assert.is(formatFloatG(1e21), '1e+21');
  assert.is(formatFloatG(1234567), '1.234567e+06');
  assert.is(formatFloatG(0.00001), '1e-05');
  assert.is(formatFloatG(123.25), '123.25');
});

const Format = suite('sops formats');

Format('ENC[] values parse without a regex, greedy like sops', () => {
  assert.equal(parseEncValue('ENC[AES256_GCM,data:YQ==,iv:aXY=,tag:dGFn,type:str]'), { data: 'YQ==', iv: 'aXY=', tag: 'dGFn', type: 'str' });
  assert.is(parseEncValue('ENC[AES256_GCM,data:,iv:a,tag:b,type:str]'), undefined);
  assert.is(parseEncValue('plain'), undefined);
  assert.is(parseEncValue(`ENC[AES256_GCM,data:${'a,'.repeat(50_000)}`), undefined);
});

Format('metadata: RFC 3339 normalisation, unflattening, validation', () => {
  assert.is(normalizeRfc3339('2026-11-29T00:59:19Z'), '2026-11-29T00:59:19Z');
  assert.is(normalizeRfc3339('2026-11-29T00:59:19.123+00:00'), '2026-11-29T00:59:19Z');
  assert.is(normalizeRfc3339('2026-11-29T00:59:19+02:00'), '2026-11-29T00:59:19+02:00');
  assert.is(normalizeRfc3339('yesterday'), undefined);
  const flat = new Map([
    ['age__list_0__map_enc', 'E'],
    ['age__list_0__map_recipient', 'R'],
    ['lastmodified', '2026-11-29T00:59:19Z'],
  ]);
  assert.equal(unflattenMetadata(flat), { age: [{ enc: 'E', recipient: 'R' }], lastmodified: '2026-11-29T00:59:19Z' });
  assert.not.ok(readSopsMetadata({ lastmodified: '2026-11-29T00:59:19Z' }).ok, 'no keys');
  assert.not.ok(readSopsMetadata({ age: [{ enc: 'E', recipient: 'R' }], lastmodified: 'x' }).ok);
  const two = readSopsMetadata({ age: [{ enc: 'E', recipient: 'R' }], lastmodified: '2026-11-29T00:59:19Z', encrypted_regex: 'a', unencrypted_suffix: 'b' });
  assert.not.ok(two.ok, 'two selectors');
});

Format('Shamir: any threshold of shares recovers the key, fewer do not', () => {
  const secret = new Uint8Array(randomBytes(32));
  const shares = splitSecret(secret, 3, 2);
  assert.is(shares.length, 3);
  assert.is(shares[0]?.length, 33);
  assert.equal(combineShares([shares[0]!, shares[2]!]), secret);
  assert.equal(combineShares([shares[2]!, shares[1]!]), secret);
  assert.equal(combineShares(shares), secret);
  assert.not.equal(combineShares([shares[0]!, shares[0]!.map((b, i) => (i === 32 ? (b % 255) + 1 : b ^ 1))]), secret);
});

Format('key groups: a file split between alice and bob needs both (threshold 2)', async () => {
  const r = await encryptSops(new TextEncoder().encode('a: secret\n'), { format: 'yaml', keyGroups: [[ALICE.recipient], [BOB.recipient]] });
  assert.match(r.output, /key_groups:/);
  assert.match(r.output, /shamir_threshold: 2/);
  const both = await decryptSops(new TextEncoder().encode(r.output), { format: 'yaml', identities: [ALICE.identity, BOB.identity] });
  assert.is(both, 'a: secret\n');
  try {
    await decryptSops(new TextEncoder().encode(r.output), { format: 'yaml', identities: [ALICE.identity] });
    assert.unreachable('one share is not enough');
  } catch (e) {
    assert.match((e as Error).message, /cannot decrypt the data key/);
  }
});

Format('.sops.yaml: paths relative to its directory, first match, unknown keys ignored', () => {
  const config = parseSopsConfig(
    `creation_rules:\n  - path_regexp: ignored\n    path_regex: ^secrets/\n    age: [${ALICE.recipient}]\n  - key_groups:\n      - age: [${ALICE.recipient}]\n      - age: [${BOB.recipient}]\n    shamir_threshold: 2\n`,
    '/repo/.sops.yaml',
  );
  assert.is(selectCreationRule(config, '/repo/secrets/a.yaml')?.line, 2);
  assert.is(selectCreationRule(config, '/repo/app/secrets/a.yaml')?.line, 5, 'anchored at the config directory');
  assert.equal(selectCreationRule(config, '/elsewhere/x')?.keyGroups, [[ALICE.recipient], [BOB.recipient]]);
  assert.is(selectCreationRule(parseSopsConfig('creation_rules: []\n', '/r/.sops.yaml'), '/r/a'), undefined);
  assert.throws(() => parseSopsConfig('creation_rules:\n  - encrypted_regex: a\n    unencrypted_regex: b\n', '/r/.sops.yaml'), /only one of/);
});

Format('identity text: comments and blank lines skipped, several keys per line, bad lines named by number', () => {
  assert.equal(parseIdentities(`# c\n\n${ALICE.identity} ${BOB.identity}\n`, 'x'), [ALICE.identity, BOB.identity]);
  try {
    parseIdentities(`${ALICE.identity}\nAGE-SECRET-KEY-1SECRETISH\n`, 'keys.txt');
    assert.unreachable();
  } catch (e) {
    assert.is((e as { line?: number }).line, 2);
    assert.not.match((e as Error).message, /SECRETISH/);
  }
  assert.throws(() => parseIdentities('-----BEGIN AGE ENCRYPTED FILE-----\n', 'k'), /passphrase/);
});

Format('the library API (src/index.ts) round-trips, rotates, updates keys and verifies', async () => {
  const lib = await import('../src/index.ts');
  const enc = await lib.encrypt('password: hunter2\nuser_unencrypted: app\n', { format: 'yaml', recipients: [ALICE.recipient] });
  assert.is(lib.sopsStatus(enc, 'yaml').encrypted, true);
  assert.is(await lib.decrypt(enc, { format: 'yaml', identities: [ALICE.identity] }), 'password: hunter2\nuser_unencrypted: app\n');
  const rotated = await lib.rotate(enc, { format: 'yaml', identities: [ALICE.identity] });
  assert.is.not(rotated, enc);
  const up = await lib.updateKeys(rotated, { format: 'yaml', identities: [ALICE.identity], recipients: [BOB.recipient] });
  assert.equal([up.changed, up.added, up.removed], [true, [BOB.recipient], [ALICE.recipient]]);
  const verify = lib.sopsMacVerifier([BOB.identity]);
  assert.is(await verify({ path: 'x.yaml', content: up.output as string }), 'verified');
  assert.is(await verify({ path: 'x.yaml', content: (up.output as string).replace('user_unencrypted: app', 'user_unencrypted: root') }), 'mismatch');
  assert.is(await lib.sopsMacVerifier([ALICE.identity])({ path: 'x.yaml', content: up.output as string }), 'no-identity');
  assert.is(await verify({ path: 'x.yaml', content: 'a: b\n' }), 'not-sops');
});

Regexp.run();
Scalars.run();
Format.run();
