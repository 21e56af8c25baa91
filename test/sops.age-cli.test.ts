// Interop with Debian's `age` CLI: the `enc` blocks sealgate writes open with `age -d`, and an `enc`
// block written by `age -e -a` opens in sealgate. In CI (SEALGATE_REQUIRE_TOOLS=1) a missing `age`
// fails the test; locally it is skipped with a note.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from 'yaml';
import { decryptSops, encryptSops, openSops, recoverDataKey } from '../src/sealers/sops/index.ts';
import { ALICE, BOB, fixture, SSH } from './helpers/sops.ts';

const hasAge = spawnSync('age', ['--version'], { encoding: 'utf8' }).status === 0;
const required = Boolean(process.env['SEALGATE_REQUIRE_TOOLS']);

test('the age CLI is available where it is required', () => {
  if (required) assert.ok(hasAge, "Debian's age CLI is missing (apt-get install age)");
  else if (!hasAge) console.log('  note: age CLI not installed; skipping the age interop tests (set SEALGATE_REQUIRE_TOOLS=1 to fail instead)');
});

if (hasAge || required) {
  test('an enc block sealgate writes opens with `age -d`, for every recipient', async () => {
    const r = await encryptSops(fixture('plain/k8s-secret.yaml'), { format: 'yaml', keyGroups: [[ALICE.recipient, BOB.recipient]] });
    const file = new TextEncoder().encode(r.output);
    const dataKey = await recoverDataKey(openSops(file, 'yaml').metadata, [ALICE.identity]);
    const entries = parse(r.output).sops.age as { enc: string; recipient: string }[];
    assert.is(entries.length, 2);
    for (const [i, key] of [ALICE, BOB].entries()) {
      const entry = entries[i] as { enc: string; recipient: string };
      assert.is(entry.recipient, key.recipient);
      const out = execFileSync('age', ['-d', '-i', key.file], { input: entry.enc });
      assert.equal(new Uint8Array(out), dataKey);
    }
  });

  test('an enc block written by `age -e -a` opens in sealgate', async () => {
    const r = await encryptSops(fixture('plain/app.env'), { format: 'dotenv', keyGroups: [[ALICE.recipient]] });
    const file = new TextEncoder().encode(r.output);
    const dataKey = await recoverDataKey(openSops(file, 'dotenv').metadata, [ALICE.identity]);
    const armored = execFileSync('age', ['-e', '-a', '-r', BOB.recipient], { input: dataKey }).toString('utf8');
    const swapped = r.output
      .replace(/^sops_age__list_0__map_enc=.*$/m, `sops_age__list_0__map_enc=${armored.replaceAll('\n', '\\n')}`)
      .replace(/^sops_age__list_0__map_recipient=.*$/m, `sops_age__list_0__map_recipient=${BOB.recipient}`);
    const plain = await decryptSops(new TextEncoder().encode(swapped), { format: 'dotenv', identities: [BOB.identity] });
    assert.is(plain, fixture('expected/app.env').toString('utf8'));
  });

  test('ssh-ed25519: sealgate wraps for `age -d -i id_ed25519`, and opens what `age -R id_ed25519.pub` wraps', async () => {
    const r = await encryptSops(fixture('plain/k8s-secret.yaml'), { format: 'yaml', keyGroups: [[SSH.recipient]] });
    const entry = (parse(r.output).sops.age as { enc: string; recipient: string }[])[0] as { enc: string; recipient: string };
    assert.is(entry.recipient, SSH.recipient);
    const key = execFileSync('age', ['-d', '-i', SSH.file], { input: entry.enc });
    assert.is(key.length, 32);
    const armored = execFileSync('age', ['-e', '-a', '-R', `${SSH.file}.pub`], { input: key }).toString('utf8');
    const swapped = r.output.replace(entry.enc.split('\n').join('\n              ').trimEnd(), armored.split('\n').join('\n              ').trimEnd());
    assert.is.not(swapped, r.output, 'the enc block was replaced');
    const { sshEd25519Identity } = await import('../src/sealers/sops/age-ssh.ts');
    const id = sshEd25519Identity(readFileSync(SSH.file, 'utf8'));
    const plain = await decryptSops(new TextEncoder().encode(swapped), { format: 'yaml', identities: [id as never] });
    assert.match(plain as string, /DATABASE_PASSWORD: postgres@prod/);
  });
}

test.run();
