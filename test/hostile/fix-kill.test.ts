// A kill during `sealgate fix` leaves every file either exactly as it was or completely fixed, never torn,
// and no temporary file holding a plaintext value. A child process fixes many files and is SIGKILLed at
// random moments of its write phase, again and again. Run with `npm run test:hostile`.
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseFile } from '../../src/parse/file.ts';
import { isSealedSecret } from '../../src/parse/manifest.ts';
import { fixRepo, tempFiles } from '../helpers/fix-repo.ts';

const FILES = 150;
const ROUNDS = 10;
const planted = (i: number) => `kill-test-plaintext-${i}-Qz8w`;
const HEAD = (i: number) => `# service ${i}: credentials\n`;
const TAIL = (i: number) => `---\n# settings of service ${i}\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: s${i}, namespace: shop}\ndata: {LOG_LEVEL: info}\n`;
const file = (i: number) => `${HEAD(i)}apiVersion: v1\nkind: Secret\nmetadata:\n  name: s${i}\n  namespace: shop\nstringData:\n  password: ${planted(i)}\n${TAIL(i)}`;
const path = (i: number) => `clusters/prod/s${String(i).padStart(3, '0')}.yaml`;

const child = new URL('./fix-kill-child.ts', import.meta.url).pathname;
function start(dir: string): { kill(): void; exited: Promise<unknown> } {
  const p = spawn(process.execPath, ['--import', 'tsx', child, dir], { stdio: 'ignore', cwd: new URL('../..', import.meta.url).pathname });
  const exited = new Promise((r) => p.on('exit', r));
  return { kill: () => p.kill('SIGKILL'), exited };
}

/** Runs the child to the end once, noting when the first and the last file changed (ms from start). */
async function calibrate(dir: string): Promise<{ firstWrite: number; lastWrite: number }> {
  const mtime = (i: number) => statSync(`${dir}/${path(i)}`).mtimeMs;
  const [first, last] = [mtime(0), mtime(FILES - 1)];
  const t0 = performance.now();
  const p = start(dir);
  let firstWrite = Number.POSITIVE_INFINITY;
  let lastWrite = Number.POSITIVE_INFINITY;
  const poll = setInterval(() => {
    if (firstWrite === Number.POSITIVE_INFINITY && mtime(0) !== first) firstWrite = performance.now() - t0;
    if (lastWrite === Number.POSITIVE_INFINITY && mtime(FILES - 1) !== last) lastWrite = performance.now() - t0;
  }, 1);
  await p.exited;
  clearInterval(poll);
  const end = performance.now() - t0; // a write the poll missed happened before the exit
  if (mtime(0) !== first) firstWrite = Math.min(firstWrite, end);
  if (mtime(FILES - 1) !== last) lastWrite = Math.min(lastWrite, end);
  return { firstWrite, lastWrite };
}

function checkTree(dir: string): { fixed: number; old: number; temps: number } {
  let fixed = 0;
  let old = 0;
  for (let i = 0; i < FILES; i++) {
    const text = readFileSync(`${dir}/${path(i)}`, 'utf8');
    if (text === file(i)) {
      old++;
      continue;
    }
    assert.not.ok(text.includes(planted(i)), `${path(i)} changed but still holds its plaintext`);
    assert.ok(text.startsWith(`${HEAD(i)}apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\n`) && text.endsWith(TAIL(i)), `${path(i)} is torn`);
    const docs = parseFile(path(i), text).docs;
    assert.is(docs.length, 2);
    assert.ok(docs[0] && isSealedSecret(docs[0]), `${path(i)}: not a complete SealedSecret`);
    fixed++;
  }
  const temps = tempFiles(dir);
  for (const t of temps) {
    const text = readFileSync(`${dir}/${t}`, 'utf8');
    for (let i = 0; i < FILES; i++) assert.not.ok(text.includes(planted(i)), `temp file ${t} holds a plaintext value`);
  }
  return { fixed, old, temps: temps.length };
}

const K = suite('fix: SIGKILL during the writes');
K('every file is old or new, never torn; temp files never hold plaintext', async () => {
  const files: Record<string, string> = {
    '.sealgate.yaml': 'allow: { paths: ["keys/**"] }\nseal:\n  - { path: "clusters/prod/**", method: sealed-secrets, cert: keys/prod.pem }\n',
  };
  for (let i = 0; i < FILES; i++) files[path(i)] = file(i);
  const repo = await fixRepo(files);
  try {
    const { firstWrite, lastWrite } = await calibrate(repo.dir);
    assert.ok(Number.isFinite(firstWrite) && Number.isFinite(lastWrite), 'the calibration run wrote nothing');
    assert.equal(checkTree(repo.dir), { fixed: FILES, old: 0, temps: 0 });
    const seen = { partial: 0, temps: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      repo.git('checkout', '-q', '--', '.');
      repo.git('clean', '-qfd');
      const p = start(repo.dir);
      // Random moments around the write phase (start-up time varies from run to run, so some land outside it).
      const at = firstWrite - 50 + Math.random() * (lastWrite - firstWrite + 100);
      await new Promise((r) => setTimeout(r, at));
      p.kill();
      await p.exited;
      const t = checkTree(repo.dir);
      if (t.fixed > 0 && t.old > 0) seen.partial++;
      seen.temps += t.temps;
    }
    // Not an assertion on timing, only a note that the kills landed inside the write phase.
    console.log(`  writes from ${Math.round(firstWrite)} to ${Math.round(lastWrite)} ms; ${ROUNDS} kills: ${seen.partial} mid-write (some files old, some new), ${seen.temps} temp files left, none torn or plaintext`);
  } finally {
    repo.remove();
  }
});
K.run();
