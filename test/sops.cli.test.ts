// The SOPS commands end to end, in-process: encrypt/decrypt/rotate/updatekeys/sops-status, .sops.yaml rules,
// tampering, and the one-line exit-2 errors.
import { chmodSync, copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { cli } from './helpers/cli.ts';
import { TempRepo } from './helpers/repo.ts';
import { ALICE, BOB, SOPS_FIXTURES, SSH } from './helpers/sops.ts';

const aliceEnv = { SOPS_AGE_KEY_FILE: ALICE.file };
const bobEnv = { SOPS_AGE_KEY: BOB.identity };

function dir(files: Record<string, string> = {}): TempRepo {
  return new TempRepo({ git: false }).write(files);
}

function copyFixture(t: TempRepo, from: string, to: string): string {
  copyFileSync(join(SOPS_FIXTURES, from), t.path(to));
  return t.path(to);
}

const oneLineError = (stderr: string, file: string) => {
  assert.is(stderr.trimEnd().split('\n').length, 1, stderr);
  assert.ok(stderr.startsWith(`sealgate: ${file}`), stderr);
};

const Cli = suite('sops cli');

Cli('encrypt -i then decrypt round-trips; the Kubernetes default is said on stderr', async () => {
  const t = dir();
  const file = copyFixture(t, 'plain/k8s-secret.yaml', 'secret.yaml');
  chmodSync(file, 0o640);
  const enc = await cli(['encrypt', 'secret.yaml', '--age', ALICE.recipient, '-i'], { cwd: t.dir });
  assert.is(enc.exitCode, 0, enc.stderr);
  assert.is(enc.stdout, '');
  assert.match(enc.stderr, /Kubernetes Secret: encrypting only data and stringData/);
  const encrypted = readFileSync(file, 'utf8');
  assert.not.match(encrypted, /postgres@prod/);
  assert.match(encrypted, /name: myshop-db/, 'metadata stays readable for kubectl');
  assert.is(statSync(file).mode & 0o777, 0o640, 'the mode is kept');
  assert.equal(readdirSync(t.dir), ['secret.yaml'], 'no temp file left behind');
  const dec = await cli(['decrypt', 'secret.yaml'], { cwd: t.dir, env: aliceEnv });
  assert.is(dec.exitCode, 0, dec.stderr);
  assert.equal(parse(dec.stdout), parse(readFileSync(join(SOPS_FIXTURES, 'expected/k8s-secret.yaml'), 'utf8')));
  t.remove();
});

Cli('decrypt --extract prints one value; --output writes elsewhere; stdin needs a type or a name', async () => {
  const t = dir();
  copyFixture(t, 'enc/k8s-secret.enc.yaml', 's.enc.yaml');
  const one = await cli(['decrypt', 's.enc.yaml', '--extract', '["stringData"]["DATABASE_PASSWORD"]'], { cwd: t.dir, env: aliceEnv });
  assert.is(one.stdout, 'postgres@prod\n');
  const out = await cli(['decrypt', 's.enc.yaml', '--output', 'plain.yaml'], { cwd: t.dir, env: aliceEnv });
  assert.is(out.exitCode, 0);
  assert.is(statSync(t.path('plain.yaml')).mode & 0o777, 0o600, 'plaintext output is private');
  const stdin = readFileSync(t.path('s.enc.yaml'), 'utf8');
  const piped = await cli(['decrypt', '--filename-override', 'x.yaml'], { cwd: t.dir, env: aliceEnv, stdin });
  assert.match(piped.stdout, /DATABASE_USER: myshop/);
  const json = await cli(['decrypt', '--input-type', 'yaml', '--output-type', 'json'], { cwd: t.dir, env: aliceEnv, stdin });
  assert.is(JSON.parse(json.stdout).data.API_KEY, 'c2tfbGl2ZV9leGFtcGxl');
  const untyped = await cli(['decrypt'], { cwd: t.dir, env: aliceEnv, stdin });
  assert.is(untyped.exitCode, 2);
  t.remove();
});

Cli('tampering is detected: a flipped ciphertext byte and an edited _unencrypted value', async () => {
  const t = dir();
  const file = copyFixture(t, 'enc/comments.enc.yaml', 'c.yaml');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace('host_unencrypted: db.internal', 'host_unencrypted: db.evil'));
  const edited = await cli(['decrypt', 'c.yaml'], { cwd: t.dir, env: aliceEnv });
  assert.is(edited.exitCode, 2);
  oneLineError(edited.stderr, 'c.yaml');
  assert.match(edited.stderr, /MAC mismatch/);
  assert.is(edited.stdout, '');
  const ignored = await cli(['decrypt', 'c.yaml', '--ignore-mac'], { cwd: t.dir, env: aliceEnv });
  assert.is(ignored.exitCode, 0);
  assert.match(ignored.stdout, /db\.evil/);

  // flip one base64 character of the password's ciphertext (not the last one: its low bits are padding)
  writeFileSync(file, original.replace('data:kfQTHEvBvA==', 'data:lfQTHEvBvA=='));
  const flipped = await cli(['decrypt', 'c.yaml'], { cwd: t.dir, env: aliceEnv });
  assert.is(flipped.exitCode, 2);
  oneLineError(flipped.stderr, 'c.yaml');
  assert.match(flipped.stderr, /server\.password/);
  assert.not.match(flipped.stderr, /hunter2/);

  // the MAC is bound to lastmodified
  writeFileSync(file, original.replace(/lastmodified: "[^"]+"/, 'lastmodified: "2027-01-01T00:00:00Z"'));
  const redated = await cli(['decrypt', 'c.yaml'], { cwd: t.dir, env: aliceEnv });
  assert.is(redated.exitCode, 2);
  assert.match(redated.stderr, /MAC mismatch/);
  t.remove();
});

Cli('a missing identity is a one-line exit 2', async () => {
  const t = dir();
  copyFixture(t, 'enc/app.enc.env', 'app.env');
  const none = await cli(['decrypt', 'app.env'], { cwd: t.dir, env: { HOME: t.dir } });
  assert.is(none.exitCode, 2);
  oneLineError(none.stderr, 'app.env');
  assert.match(none.stderr, /no age identity found/);
  const wrong = await cli(['decrypt', 'app.env'], { cwd: t.dir, env: bobEnv });
  assert.is(wrong.exitCode, 2);
  assert.match(wrong.stderr, /none of the 1 identity matches/);
  t.remove();
});

Cli('identities are found in XDG_CONFIG_HOME and ~/.config (from io.env)', async () => {
  const t = dir({ 'xdg/sops/age/keys.txt': readFileSync(ALICE.file, 'utf8'), 'home/.config/sops/age/keys.txt': readFileSync(BOB.file, 'utf8') });
  copyFixture(t, 'enc/app.enc.env', 'app.env');
  copyFixture(t, 'enc/comments-maconly.enc.yaml', 'bob.yaml');
  assert.is((await cli(['decrypt', 'app.env'], { cwd: t.dir, env: { XDG_CONFIG_HOME: t.path('xdg') } })).exitCode, 0);
  assert.is((await cli(['decrypt', 'bob.yaml'], { cwd: t.dir, env: { HOME: t.path('home') } })).exitCode, 0);
  const bad = await cli(['decrypt', 'app.env'], { cwd: t.dir, env: { SOPS_AGE_KEY: 'AGE-SECRET-KEY-1NOTAKEY' } });
  assert.is(bad.exitCode, 2);
  assert.not.match(bad.stderr, /NOTAKEY/, 'never echo key material');
  t.remove();
});

Cli('SSH ed25519: recipients from --age and .sops.yaml, identities from SOPS_AGE_SSH_PRIVATE_KEY_FILE and ~/.ssh', async () => {
  const t = dir({ 'app.env': 'TOKEN=abc\n', '.sops.yaml': `creation_rules:\n  - age: ${SSH.recipient}, ${ALICE.recipient}\n` });
  t.write({ 'home/.ssh/id_ed25519': readFileSync(SSH.file, 'utf8'), 'rsahome/.ssh/id_ed25519': readFileSync(SSH.rsaFile, 'utf8') });
  const e = await cli(['encrypt', 'app.env', '-i'], { cwd: t.dir });
  assert.is(e.exitCode, 0, e.stderr);
  assert.match(readFileSync(t.path('app.env'), 'utf8'), /sops_age__list_0__map_recipient=ssh-ed25519 AAAA/);
  const byFile = await cli(['decrypt', 'app.env'], { cwd: t.dir, env: { SOPS_AGE_SSH_PRIVATE_KEY_FILE: SSH.file } });
  assert.is(byFile.stdout, 'TOKEN=abc\n', byFile.stderr);
  const byHome = await cli(['decrypt', 'app.env'], { cwd: t.dir, env: { HOME: t.path('home') } });
  assert.is(byHome.stdout, 'TOKEN=abc\n', byHome.stderr);
  const flag = await cli(['encrypt', '--age', SSH.recipient, '--input-type', 'yaml'], { cwd: t.dir, stdin: 'a: b\n', env: { SOPS_CONFIG: t.path('.sops.yaml') } });
  assert.is(flag.exitCode, 0, flag.stderr);
  const rsa = await cli(['decrypt', 'app.env'], { cwd: t.dir, env: { SOPS_AGE_SSH_PRIVATE_KEY_FILE: SSH.rsaFile } });
  assert.is(rsa.exitCode, 2);
  assert.match(rsa.stderr, /only ssh-ed25519 keys are supported/);
  const rsaHome = await cli(['decrypt', 'app.env'], { cwd: t.dir, env: { HOME: t.path('rsahome'), SOPS_AGE_KEY_FILE: ALICE.file } });
  assert.is(rsaHome.exitCode, 0, 'an unusable default key is passed over');
  t.remove();
});

Cli('--encrypted-comment-regex encrypts only what a matching comment marks; --mac-only-encrypted is recorded', async () => {
  const t = dir({ 'c.yaml': 'user: app\n# sops:enc\npassword: hunter2\nhost: db\n' });
  const r = await cli(['encrypt', 'c.yaml', '--age', ALICE.recipient, '--encrypted-comment-regex', 'sops:enc', '--mac-only-encrypted', '-i'], { cwd: t.dir });
  assert.is(r.exitCode, 0, r.stderr);
  const out = readFileSync(t.path('c.yaml'), 'utf8');
  assert.match(out, /^user: app$/m);
  assert.match(out, /^password: ENC\[/m);
  assert.match(out, /^host: db$/m);
  assert.match(out, /^# sops:enc$/m, 'the marker comment itself stays readable');
  assert.match(out, /encrypted_comment_regex: sops:enc/);
  assert.match(out, /mac_only_encrypted: true/);
  const back = await cli(['decrypt', 'c.yaml'], { cwd: t.dir, env: aliceEnv });
  assert.is(back.stdout, 'user: app\n# sops:enc\npassword: hunter2\nhost: db\n');
  t.remove();
});

Cli('encrypting an encrypted file is refused; -i with --output is a usage error', async () => {
  const t = dir();
  copyFixture(t, 'enc/config.enc.json', 'c.json');
  copyFixture(t, 'enc/app.enc.env', 'a.env');
  copyFixture(t, 'enc/blob.enc.bin', 'b.bin');
  for (const f of ['c.json', 'a.env', 'b.bin']) {
    const r = await cli(['encrypt', f, '--age', ALICE.recipient], { cwd: t.dir });
    assert.is(r.exitCode, 2, f);
    oneLineError(r.stderr, f);
    assert.match(r.stderr, /already encrypted/);
  }
  const both = await cli(['encrypt', 'c.json', '--age', ALICE.recipient, '-i', '--output', 'x'], { cwd: t.dir });
  assert.is(both.exitCode, 2);
  const two = await cli(['encrypt', 'c.json', '--age', ALICE.recipient, '--encrypted-regex', 'a', '--unencrypted-suffix', 'b'], { cwd: t.dir });
  assert.is(two.exitCode, 2);
  assert.match(two.stderr, /only one of/);
  t.remove();
});

Cli('.sops.yaml: found from the cwd upwards, first matching rule wins, its selector applies', async () => {
  const t = dir({
    '.sops.yaml': `creation_rules:\n  - path_regex: prod/.*\\.yaml$\n    encrypted_regex: ^(password)$\n    age: ${BOB.recipient}\n  - path_regex: \\.yaml$\n    age: >-\n      ${ALICE.recipient},\n      ${BOB.recipient}\n`,
    'prod/db.yaml': 'user: app\npassword: hunter2\n',
    'dev/db.yaml': 'user: app\npassword: hunter2\n',
    'notes.txt': 'x',
  });
  const prod = await cli(['encrypt', 'db.yaml'], { cwd: t.path('prod') });
  assert.is(prod.exitCode, 0, prod.stderr);
  assert.match(prod.stdout, /user: app\n/);
  assert.match(prod.stdout, /encrypted_regex: \^\(password\)\$/);
  assert.is(prod.stdout.match(/recipient: /g)?.length, 1);
  const dev = await cli(['encrypt', 'dev/db.yaml'], { cwd: t.dir });
  assert.is(dev.stdout.match(/recipient: /g)?.length, 2);
  assert.match(dev.stdout, /user: ENC\[/);
  const none = await cli(['encrypt', 'notes.txt'], { cwd: t.dir });
  assert.is(none.exitCode, 2);
  assert.match(none.stderr, /\.sops\.yaml: no creation rule matches notes\.txt/);
  const flag = await cli(['encrypt', 'dev/db.yaml', '--age', ALICE.recipient, '--unencrypted-regex', '^user$'], { cwd: t.dir });
  assert.is(flag.stdout.match(/recipient: /g)?.length, 1, '--age overrides the rule keys');
  assert.match(flag.stdout, /user: app/);
  t.remove();
});

Cli('a Go-RE2-only regex or a pgp rule is a one-line error with the line', async () => {
  const t = dir({
    '.sops.yaml': `creation_rules:\n  - path_regex: (?i:secret)\n    age: ${ALICE.recipient}\n`,
    'secret.yaml': 'a: b\n',
  });
  const re = await cli(['encrypt', 'secret.yaml'], { cwd: t.dir });
  assert.is(re.exitCode, 2);
  assert.match(re.stderr, /^sealgate: \S*\.sops\.yaml:2: path_regex/);
  t.write({ '.sops.yaml': `creation_rules:\n  - pgp: ABCDEF\n` });
  const pgp = await cli(['encrypt', 'secret.yaml'], { cwd: t.dir });
  assert.is(pgp.exitCode, 2);
  assert.match(pgp.stderr, /\.sops\.yaml:2: the creation rule uses pgp keys/);
  const look = await cli(['encrypt', 'secret.yaml', '--age', ALICE.recipient, '--encrypted-regex', '(?<=a)b'], { cwd: t.dir, env: { SOPS_CONFIG: '/nonexistent' } });
  assert.is(look.exitCode, 2);
  t.remove();
});

Cli('rotate changes the data key and every ciphertext, keeps values; the MAC is checked first', async () => {
  const t = dir();
  const file = copyFixture(t, 'enc/config.enc.json', 'c.json');
  const before = readFileSync(file, 'utf8');
  const r = await cli(['rotate', 'c.json', '-i'], { cwd: t.dir, env: aliceEnv });
  assert.is(r.exitCode, 0, r.stderr);
  const after = readFileSync(file, 'utf8');
  const encs = (s: string) => [...s.matchAll(/ENC\[[^\]]+\]/g)].map((m) => m[0]);
  assert.is(encs(after).length, encs(before).length);
  for (const e of encs(after)) assert.not.ok(before.includes(e), 'every ciphertext changed');
  assert.is(JSON.parse(after).sops.version, '3.13.2');
  for (const env of [aliceEnv, bobEnv]) {
    const d = await cli(['decrypt', 'c.json'], { cwd: t.dir, env });
    assert.equal(JSON.parse(d.stdout), JSON.parse(readFileSync(join(SOPS_FIXTURES, 'expected/config.json'), 'utf8')));
  }
  const yaml = copyFixture(t, 'enc/comments.enc.yaml', 'c.yaml');
  const edited = readFileSync(yaml, 'utf8').replace('db.internal', 'db.evil');
  writeFileSync(yaml, edited);
  const tampered = await cli(['rotate', 'c.yaml', '-i'], { cwd: t.dir, env: aliceEnv });
  assert.is(tampered.exitCode, 2);
  assert.match(tampered.stderr, /MAC mismatch/);
  assert.is(readFileSync(yaml, 'utf8'), edited, 'nothing written');
  t.remove();
});

Cli('updatekeys adds and removes a recipient without changing values, MAC or lastmodified', async () => {
  const t = dir({ '.sops.yaml': `creation_rules:\n  - age: ${ALICE.recipient},${BOB.recipient}\n` });
  const file = copyFixture(t, 'enc/k8s-secret.enc.yaml', 's.yaml');
  const before = parse(readFileSync(file, 'utf8'));
  const dry = await cli(['updatekeys', 's.yaml'], { cwd: t.dir, env: aliceEnv });
  assert.match(dry.stderr, new RegExp(`\\+ ${BOB.recipient}`));
  assert.match(dry.stderr, /not written/);
  assert.equal(parse(readFileSync(file, 'utf8')), before);
  const add = await cli(['updatekeys', 's.yaml', '-y'], { cwd: t.dir, env: aliceEnv });
  assert.is(add.exitCode, 0, add.stderr);
  const added = parse(readFileSync(file, 'utf8'));
  assert.is(added.sops.age.length, 2);
  assert.is(added.sops.mac, before.sops.mac);
  assert.is(added.sops.lastmodified, before.sops.lastmodified);
  assert.equal(added.stringData, before.stringData, 'ciphertexts untouched');
  const byBob = await cli(['decrypt', 's.yaml'], { cwd: t.dir, env: bobEnv });
  assert.is(byBob.exitCode, 0, 'the new recipient opens it, MAC intact');
  assert.match(byBob.stdout, /DATABASE_PASSWORD: postgres@prod/);
  const again = await cli(['updatekeys', 's.yaml', '-y'], { cwd: t.dir, env: aliceEnv });
  assert.match(again.stderr, /already up to date/);

  t.write({ '.sops.yaml': `creation_rules:\n  - age: ${BOB.recipient}\n` });
  const rm = await cli(['updatekeys', 's.yaml', '-y'], { cwd: t.dir, env: bobEnv });
  assert.is(rm.exitCode, 0, rm.stderr);
  assert.match(rm.stderr, new RegExp(`- ${ALICE.recipient}`));
  assert.is((await cli(['decrypt', 's.yaml'], { cwd: t.dir, env: aliceEnv })).exitCode, 2, 'the removed recipient no longer opens it');
  assert.is((await cli(['decrypt', 's.yaml'], { cwd: t.dir, env: bobEnv })).exitCode, 0);
  t.remove();
});

Cli('binary files: raw bytes round-trip through --output; non-text plaintext never goes to stdout', async () => {
  const t = dir();
  const raw = new Uint8Array([0, 255, 1, 254, 10, 13, 128]);
  writeFileSync(t.path('blob.bin'), raw);
  assert.is((await cli(['encrypt', 'blob.bin', '--age', ALICE.recipient, '-i'], { cwd: t.dir })).exitCode, 0);
  assert.match(readFileSync(t.path('blob.bin'), 'utf8'), /^\{\n\t"data": "ENC\[AES256_GCM/);
  const toStdout = await cli(['decrypt', 'blob.bin'], { cwd: t.dir, env: aliceEnv });
  assert.is(toStdout.exitCode, 2);
  assert.match(toStdout.stderr, /binary: write it with --output/);
  assert.is((await cli(['decrypt', 'blob.bin', '--output', 'out.bin'], { cwd: t.dir, env: aliceEnv })).exitCode, 0);
  assert.equal(new Uint8Array(readFileSync(t.path('out.bin'))), raw);
  t.remove();
});

Cli('sops-status says encrypted or not like sops filestatus', async () => {
  const t = dir({ 'plain.yaml': 'a: 1\n', 'blob.bin': '\x00\x01binary' });
  copyFixture(t, 'enc/multi-doc.enc.yaml', 'm.yaml');
  copyFixture(t, 'enc/blob.enc.bin', 'b.bin');
  assert.is((await cli(['sops-status', 'm.yaml'], { cwd: t.dir })).stdout, '{"encrypted":true}\n');
  assert.is((await cli(['sops-status', 'b.bin'], { cwd: t.dir })).stdout, '{"encrypted":true}\n');
  assert.is((await cli(['sops-status', 'plain.yaml'], { cwd: t.dir })).stdout, '{"encrypted":false}\n');
  assert.is((await cli(['sops-status', 'blob.bin'], { cwd: t.dir })).stdout, '{"encrypted":false}\n');
  t.write({ 'nomac.yaml': readFileSync(t.path('m.yaml'), 'utf8').replace(/mac: ENC\[[^\]]+\]/g, "mac: ''") });
  assert.is((await cli(['sops-status', 'nomac.yaml'], { cwd: t.dir })).stdout, '{"encrypted":false}\n');
  t.remove();
});

Cli('every command has help, and help lists them', async () => {
  for (const c of ['encrypt', 'decrypt', 'rotate', 'updatekeys', 'sops-status']) {
    const r = await cli([c, '--help']);
    assert.is(r.exitCode, 0);
    assert.match(r.stdout, new RegExp(`Usage: sealgate ${c}`));
    assert.match((await cli(['--help'])).stdout, new RegExp(`\\n  ${c} `));
  }
});

Cli.run();
