// writeFileAtomic: old or new (the kill loop in test/hostile/kill.hostile.test.ts proves it under SIGKILL),
// the target's mode kept, new files created with the mode asked less the umask, nothing left behind.
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileAtomic } from '../src/atomic-write.ts';

const W = suite('writeFileAtomic');
let dir = '';
W.before.each(() => {
  dir = mkdtempSync(join(tmpdir(), 'sealgate-atomic-'));
});
W.after.each(() => rmSync(dir, { recursive: true, force: true }));

const mode = (p: string) => statSync(p).mode & 0o7777;

W('replaces the content and keeps an existing file\'s mode exactly (umask does not apply)', () => {
  for (const m of [0o640, 0o755, 0o600, 0o664]) {
    const p = join(dir, `f${m.toString(8)}`);
    writeFileSync(p, 'old');
    chmodSync(p, m);
    writeFileAtomic(p, 'new');
    assert.is(readFileSync(p, 'utf8'), 'new');
    assert.is(mode(p), m);
  }
  assert.equal(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

W('a new file gets the mode asked for, less the umask', () => {
  const umask = process.umask();
  writeFileAtomic(join(dir, 'key.pem'), 'k', 0o600);
  writeFileAtomic(join(dir, 'hook'), '#!/bin/sh\n', 0o755);
  writeFileAtomic(join(dir, 'report.json'), '{}');
  assert.is(mode(join(dir, 'key.pem')), 0o600 & ~umask);
  assert.is(mode(join(dir, 'hook')), 0o755 & ~umask);
  assert.is(mode(join(dir, 'report.json')), 0o644 & ~umask);
});

W('bytes are written as given; a failure is one IO error naming the file and leaves no temp file', () => {
  const bytes = Uint8Array.from([0, 255, 10, 13, 128]);
  writeFileAtomic(join(dir, 'bin'), bytes);
  assert.equal([...readFileSync(join(dir, 'bin'))], [...bytes]);
  const missing = join(dir, 'no-such-dir', 'x');
  try {
    writeFileAtomic(missing, 'x');
    assert.unreachable();
  } catch (e) {
    assert.is((e as Error).name, 'SealgateError');
    assert.match((e as Error).message, /cannot write: ENOENT/);
  }
  assert.equal(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

W.run();
