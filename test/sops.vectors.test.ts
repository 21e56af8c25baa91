// Interop with real sops 3.13.2: every vector decrypts to what sops prints, the MAC sealgate writes for the
// same values equals the MAC sops wrote, and sops-age (an independent decryptor) reads sealgate's output
// exactly as well as it reads sops' own.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseAllDocuments } from 'yaml';
import { decryptSops as sopsAgeDecrypt } from 'sops-age';
import { decryptSops, encryptSops, openSops, recoverDataKey, formatFromPath, type SopsFormat } from '../src/sealers/sops/index.ts';
import { decryptMac } from '../src/sealers/sops/mac.ts';
import type { Selector } from '../src/parse/sops/selector.ts';
import { ALICE, BOB, fixture, text } from './helpers/sops.ts';

// `sopsAge`: whether the sops-age package can read sops' own file (its known gaps: multi-doc, comments, numeric keys).
const VECTORS: { enc: string; expected: string; plain: string; selector?: Selector; macOnly?: boolean; sopsAge?: boolean }[] = [
  { enc: 'k8s-secret.enc.yaml', expected: 'k8s-secret.yaml', plain: 'k8s-secret.yaml', sopsAge: true },
  { enc: 'multi-doc.enc.yaml', expected: 'multi-doc.yaml', plain: 'multi-doc.yaml', selector: { kind: 'encrypted_regex', value: '^(data|stringData)$' } },
  { enc: 'comments.enc.yaml', expected: 'comments.yaml', plain: 'comments.yaml' },
  { enc: 'comments-maconly.enc.yaml', expected: 'comments-maconly.yaml', plain: 'comments.yaml', selector: { kind: 'encrypted_regex', value: '^(password)$' }, macOnly: true, sopsAge: true },
  { enc: 'config.enc.json', expected: 'config.json', plain: 'config.json' },
  { enc: 'app.enc.env', expected: 'app.env', plain: 'app.env', sopsAge: true },
  { enc: 'blob.enc.bin', expected: 'blob.bin', plain: 'blob.bin' },
];
const BOTH = [ALICE.identity, BOB.identity];

const asData = (format: SopsFormat, s: string): unknown =>
  format === 'yaml' ? parseAllDocuments(s).map((d) => d.toJS()) : format === 'json' ? JSON.parse(s) : s;

async function storedMac(file: Uint8Array, format: SopsFormat, identities: string[]): Promise<string | undefined> {
  const opened = openSops(file, format);
  const key = await recoverDataKey(opened.metadata, identities);
  return decryptMac(opened.metadata.mac, key, opened.metadata.lastModified);
}

const Vectors = suite('sops vectors');

for (const v of VECTORS) {
  const format = formatFromPath(v.enc);
  Vectors(`${v.enc} decrypts to what sops prints`, async () => {
    const out = text(await decryptSops(fixture(`enc/${v.enc}`), { format, identities: BOTH }));
    const expected = text(fixture(`expected/${v.expected}`));
    assert.equal(asData(format, out), asData(format, expected));
    assert.is(out, expected, 'byte for byte, too');
  });

  Vectors(`${v.plain} encrypted by sealgate decrypts back and carries the MAC sops computed (${v.enc})`, async () => {
    const r = await encryptSops(fixture(`plain/${v.plain}`), {
      format,
      keyGroups: [[ALICE.recipient]],
      ...(v.selector ? { selector: v.selector } : {}),
      ...(v.macOnly ? { macOnlyEncrypted: true } : {}),
    });
    const ours = new TextEncoder().encode(r.output);
    const back = text(await decryptSops(ours, { format, identities: [ALICE.identity] }));
    assert.equal(asData(format, back), asData(format, text(fixture(`expected/${v.expected}`))));
    const sopsMac = await storedMac(fixture(`enc/${v.enc}`), format, BOTH);
    assert.match(sopsMac ?? '', /^[0-9A-F]{128}$/);
    assert.is(await storedMac(ours, format, [ALICE.identity]), sopsMac);
  });

  if (format !== 'binary') {
    // sops-age cannot read multi-document YAML, `type:comment` values or numeric keys; where it fails on
    // sops' own file it must fail on ours, and where it reads sops' file it must read ours the same.
    Vectors(`sops-age reads sealgate's ${v.plain} exactly as it reads sops' ${v.enc}`, async () => {
      const fileType = format === 'dotenv' ? 'env' : (format as 'yaml' | 'json');
      const r = await encryptSops(fixture(`plain/${v.plain}`), {
        format,
        keyGroups: [[ALICE.recipient, BOB.recipient]],
        ...(v.selector ? { selector: v.selector } : {}),
        ...(v.macOnly ? { macOnlyEncrypted: true } : {}),
      });
      const key = v.enc.includes('maconly') ? BOB.identity : ALICE.identity;
      const attempt = async (input: string) => {
        try {
          return { ok: true, value: await sopsAgeDecrypt(input, { secretKey: key, fileType }) };
        } catch {
          return { ok: false, value: undefined };
        }
      };
      const theirs = await attempt(text(fixture(`enc/${v.enc}`)));
      const ours = await attempt(r.output);
      assert.is(theirs.ok, v.sopsAge ?? false, 'sops-age on the sops vector');
      assert.is(ours.ok, theirs.ok);
      assert.equal(ours.value, theirs.value);
    });
  }
}

Vectors('sops-age reads sealgate JSON once the numeric key it mishandles is gone', async () => {
  const plain = JSON.parse(text(fixture('plain/config.json')));
  delete plain['8080'];
  const r = await encryptSops(new TextEncoder().encode(JSON.stringify(plain)), { format: 'json', keyGroups: [[ALICE.recipient]] });
  const value = await sopsAgeDecrypt(r.output, { secretKey: ALICE.identity, fileType: 'json' });
  assert.equal(value, plain);
});

Vectors('a multi-recipient file opens with each recipient alone (sops vector and sealgate output)', async () => {
  const r = await encryptSops(fixture('plain/config.json'), { format: 'json', keyGroups: [[ALICE.recipient, BOB.recipient]] });
  const expected = JSON.parse(text(fixture('expected/config.json')));
  for (const file of [fixture('enc/config.enc.json'), new TextEncoder().encode(r.output)]) {
    for (const id of [ALICE.identity, BOB.identity]) {
      assert.equal(JSON.parse(text(await decryptSops(file, { format: 'json', identities: [id] }))), expected);
    }
  }
});

Vectors('sealgate writes the sops 3.13 metadata layout', async () => {
  const r = await encryptSops(fixture('plain/k8s-secret.yaml'), { format: 'yaml', keyGroups: [[ALICE.recipient]], now: new Date('2026-01-02T03:04:05.678Z') });
  const block = r.output.slice(r.output.indexOf('\nsops:\n') + 1);
  const keys = [...block.matchAll(/^ {4}(\w+):/gm)].map((m) => m[1]);
  assert.equal(keys, ['age', 'encrypted_regex', 'lastmodified', 'mac', 'version']);
  assert.match(block, /^ {8}- enc: \|\n {14}-----BEGIN AGE ENCRYPTED FILE-----\n/m);
  assert.match(block, /^ {10}recipient: age1/m);
  assert.match(block, /lastmodified: "2026-01-02T03:04:05Z"/);
  assert.match(block, /version: 3\.13\.2/);
  const json = await encryptSops(fixture('plain/config.json'), { format: 'json', keyGroups: [[ALICE.recipient]] });
  assert.match(json.output, /\n\t"sops": \{\n\t\t"age": \[\n\t\t\t\{\n\t\t\t\t"enc": "-----BEGIN AGE ENCRYPTED FILE-----\\n/);
  assert.match(json.output, /"password": "ENC\[AES256_GCM,data:[^"]+,type:str\]"/);
  const bin = await encryptSops(fixture('plain/blob.bin'), { format: 'binary', keyGroups: [[ALICE.recipient]] });
  assert.not.match(bin.output, /unencrypted_suffix/, 'the binary store writes no selector');
});

Vectors.run();
