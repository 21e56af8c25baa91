// Stores and tree walk under pressure: random trees survive YAML/JSON emit → encrypt → parse → decrypt
// with types, order and values intact; INI and YAML corner cases; hostile input stays bounded.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compileSelector, DEFAULT_SELECTOR } from '../src/parse/sops/selector.ts';
import { decryptValue, pathAad } from '../src/sealers/sops/cipher.ts';
import { decryptSops, encryptSops, openSops } from '../src/sealers/sops/index.ts';
import { metadataToBranch } from '../src/sealers/sops/metadata.ts';
import { storeFor } from '../src/sealers/sops/stores/index.ts';
import { decryptTree, encryptTree } from '../src/sealers/sops/tree.ts';
import { branch, float, int, isComment, type Branch, type BranchItem, type Value } from '../src/sealers/sops/values.ts';
import { readSopsMetadata } from '../src/parse/sops/metadata.ts';
import { ALICE } from './helpers/sops.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const selector = (() => {
  const c = compileSelector(DEFAULT_SELECTOR);
  if (!c.ok) throw new Error(c.error);
  return c.compiled;
})();

const key = fc.oneof(fc.constantFrom('a', 'b_unencrypted', '8080', 'x:y', 'yes', '014', 'sops_x', 'ключ', ''), fc.string({ maxLength: 6 }));
const scalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('yes', 'no', '~', 'null', '014', '0x1F', '1e3', '2024-01-02', ' lead', 'trail ', 'a\nb', 'x\n', '#c', '- x', 'a: b', '"q"', "'", 'ENC[x]'),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(int),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)).map(float),
  fc.boolean(),
  fc.constant(null),
);
const { tree } = fc.letrec<{ tree: Branch; value: Value }>((tie) => ({
  tree: fc.uniqueArray(fc.tuple(key, tie('value')), { maxLength: 5, selector: ([k]) => k }).map((pairs) => branch(pairs.map(([k, value]): BranchItem => ({ key: k, value })))),
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, scalar, tie('tree'), fc.array(tie('value'), { maxLength: 3 })),
}));

/**
 * Comments aside, the data a tree holds (bigints as strings so deepEqual can compare). `json`: an integral
 * float reads back as an int, as in sops (Go writes 2.0 as 2; the MAC bytes are the same).
 */
function data(v: Value, json = false): unknown {
  if (Array.isArray(v)) return v.filter((x) => !isComment(x)).map((x) => data(x, json));
  if (v && typeof v === 'object' && 'kind' in v) {
    if (v.kind === 'branch') return v.items.filter((i) => !isComment(i)).map((i) => [(i as { key: string }).key, data((i as { value: Value }).value, json)]);
    if (v.kind === 'int') return `int:${v.value}`;
    if (v.kind === 'float' && json && Number.isInteger(v.value) && !/e/.test(String(v.value)) && Math.abs(v.value) < 2 ** 63) return `int:${String(v.value)}`;
    if (v.kind === 'float') return `float:${v.value}`;
    if (v.kind === 'comment') return undefined;
    return v;
  }
  return v;
}

const dataKey = new Uint8Array(randomBytes(32));
const metadata = metadataToBranch(
  (readSopsMetadata({ age: [{ recipient: 'r', enc: 'e' }], lastmodified: '2026-01-01T00:00:00Z', mac: 'm', version: '3.13.2' }) as { ok: true; metadata: never }).metadata,
  { writeSelector: true },
);

const P = suite('sops stores: properties');

for (const format of ['yaml', 'json'] as const) {
  P(`${format}: random trees survive emit → encrypt → parse → decrypt`, () => {
    const store = storeFor(format);
    fc.assert(
      fc.property(tree, (t) => {
        if (format === 'json' && t.items.some((i) => !isComment(i) && i.key === 'sops')) return;
        const plain = store.loadPlain(enc(store.emitPlain([t]) as string));
        const json = format === 'json';
        assert.equal(data(plain[0] as Branch, json), data(t, json), 'plain round trip');
        const { docs, mac } = encryptTree(plain, dataKey, { selector, macOnlyEncrypted: false });
        const loaded = store.loadEncrypted(enc(store.emitEncrypted(docs, metadata)));
        const back = decryptTree(loaded.docs, dataKey, { selector, macOnlyEncrypted: false });
        assert.is(back.mac, mac, 'same MAC after a trip through the file');
        assert.equal(data(back.docs[0] as Branch, json), data(t, json));
      }),
      { numRuns: 80 },
    );
  });
}

P('dotenv: random KEY=value files survive encryption byte for byte', async () => {
  const line = fc.tuple(fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,8}$/), fc.string({ maxLength: 12 }).filter((s) => !s.includes('\r') && !s.includes('\\n')));
  await fc.assert(
    fc.asyncProperty(fc.uniqueArray(line, { minLength: 1, maxLength: 5, selector: ([k]) => k }), async (pairs) => {
      const text = pairs.map(([k, v]) => `${k}=${v.replaceAll('\n', '\\n')}\n`).join('');
      const r = await encryptSops(enc(text), { format: 'dotenv', keyGroups: [[ALICE.recipient]] });
      assert.is(await decryptSops(enc(r.output), { format: 'dotenv', identities: [ALICE.identity] }), text);
    }),
    { numRuns: 6 },
  );
});

const C = suite('sops stores: corner cases');

C('INI: DEFAULT keys, sections, comments and quoted values round-trip; AAD is section:key:', async () => {
  const ini = 'top = 1\n\n; about the db\n[database]\nuser = app\npassword = `p#ss;word`\nspaced = " x "\n\n[empty]\n';
  const r = await encryptSops(enc(ini), { format: 'ini', keyGroups: [[ALICE.recipient]] });
  assert.match(r.output, /^\[sops\]\n/m);
  assert.match(r.output, /^age__list_0__map_enc\s+= -----BEGIN AGE ENCRYPTED FILE-----\\n/m);
  const plain = await decryptSops(enc(r.output), { format: 'ini', identities: [ALICE.identity] });
  const reread = storeFor('ini').loadPlain(enc(plain as string));
  assert.equal(data(reread[0] as Branch), data(storeFor('ini').loadPlain(enc(ini))[0] as Branch));
  assert.match(plain as string, /; about the db/);
  const opened = openSops(enc(r.output), 'ini');
  const db = (opened.docs[0] as Branch).items.find((i) => !isComment(i) && i.key === 'database') as { value: Branch };
  const user = db.value.items.find((i) => !isComment(i) && i.key === 'user') as { value: string };
  assert.ok(decryptValue(user.value, new Uint8Array(32), pathAad(['database', 'user'])).ok === false, 'sanity: the key matters');
  const top = (opened.docs[0] as Branch).items.find((i) => !isComment(i) && i.key === 'DEFAULT') as { value: Branch };
  assert.ok(top, 'keys before the first section live in DEFAULT');
  // sops 3.13.0/3.13.1 wrote metadata as """multi-line""" values: still read
  const old = r.output.replace(/^(age__list_0__map_enc\s+= )(.*)$/m, (_m, k: string, v: string) => `${k}"""${v.replaceAll('\\n', '\n')}"""`);
  assert.is(await decryptSops(enc(old), { format: 'ini', identities: [ALICE.identity] }), plain);
});

C('YAML: anchors expand, merge keys stay literal, awkward strings keep their type', async () => {
  const yaml = [
    'base: &b {user: app, pass: s3cret}',
    'copy: *b',
    'merged:',
    '  <<: *b',
    '  extra: 1',
    'quoted: ["yes", "014", "2024-01-02", "~", "", "1e3", "true"]',
    'block: |',
    '  line one',
    '    indented',
    'big: 9223372036854775807',
    'neg_float: -1.5e-7',
    'when: 2024-01-02 10:00:00',
    '',
  ].join('\n');
  const r = await encryptSops(enc(yaml), { format: 'yaml', keyGroups: [[ALICE.recipient]] });
  const back = (await decryptSops(enc(r.output), { format: 'yaml', identities: [ALICE.identity] })) as string;
  const tree = storeFor('yaml').loadPlain(enc(back))[0] as Branch;
  assert.equal(data(tree), [
    ['base', [['user', 'app'], ['pass', 's3cret']]],
    ['copy', [['user', 'app'], ['pass', 's3cret']]],
    ['merged', [['<<', [['user', 'app'], ['pass', 's3cret']]], ['extra', 'int:1']]],
    ['quoted', ['yes', '014', '2024-01-02', '~', '', '1e3', 'true']],
    ['block', 'line one\n  indented\n'],
    ['big', 'int:9223372036854775807'],
    ['neg_float', 'float:-1.5e-7'],
    ['when', { kind: 'time', text: '2024-01-02T10:00:00Z' }],
  ]);
});

C('YAML: comments in maps, lists and at the end come back as comments', async () => {
  const yaml = '# head\na: 1 # inline\nlist:\n  # before first\n  - x\n  - y # after y\n  # trailing in list\nnested:\n  b: 2\n  # end of nested\n# end of file\n';
  const r = await encryptSops(enc(yaml), { format: 'yaml', keyGroups: [[ALICE.recipient]] });
  assert.not.match(r.output, /head|inline|before first|trailing|end of/, 'every comment is encrypted by default');
  const back = (await decryptSops(enc(r.output), { format: 'yaml', identities: [ALICE.identity] })) as string;
  for (const c of ['# head', '# inline', '# before first', '# after y', '# trailing in list', '# end of nested', '# end of file']) assert.ok(back.includes(c), c);
});

C('hostile input: alias bombs, deep JSON and a non-string key are errors, not hangs', () => {
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n');
  assert.throws(() => storeFor('yaml').loadPlain(enc(bomb)), /too many nodes|alias/);
  assert.throws(() => storeFor('json').loadPlain(enc('['.repeat(5000))), /nesting too deep/);
  assert.throws(() => storeFor('yaml').loadPlain(enc('1: x\n')), /keys must be strings/);
  assert.throws(() => storeFor('yaml').loadPlain(enc('- a\n')), /must be a mapping/);
  assert.throws(() => storeFor('json').loadPlain(enc('{"a": 1, "a": 2}')), /duplicate key/);
  assert.throws(() => storeFor('yaml').loadPlain(enc('a: 1\nb:\n  c: 1\n  c: 2\n')), (e: unknown) => /duplicate key/.test((e as Error).message) && (e as { line?: number }).line === 4);
});

P.run();
C.run();
