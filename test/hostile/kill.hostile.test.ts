// Faults: every command that rewrites a file is SIGKILLed at random moments, again and again. Afterwards
// the file must be exactly the old bytes or a complete new version (which must open, decrypt or parse),
// never torn; a temp file left behind by the kill must be owner-only (0600), and none may hold plaintext
// when the command was encrypting or sealing. Run with `npm run test:hostile`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { decrypt } from '../../src/sealers/sops/api.ts';
import { unseal } from '../../src/sealers/kubeseal/api.ts';
import { loadUnsealingKeys } from '../../src/sealers/kubeseal/keys.ts';
import { ALICE } from '../helpers/sops.ts';
import { leaks, password, type Planted } from '../helpers/secrecy.ts';
import { TempRepo } from '../helpers/repo.ts';

const BIN = new URL('../../bin/sealgate.js', import.meta.url).pathname;
const SEALED_KEYS = new URL('../fixtures/sealed-secrets/keys/', import.meta.url).pathname;
const CERT = join(SEALED_KEYS, 'controller-cert.pem');
const KEY = join(SEALED_KEYS, 'controller-key.pem');
const KILL_BEFORE_RENAME = new URL('../helpers/kill-before-rename.mjs', import.meta.url).pathname;
const ROUNDS = Number(process.env['SEALGATE_KILL_ROUNDS'] ?? 12);
const env = { ...process.env, SOPS_AGE_KEY_FILE: ALICE.file };
const keys = loadUnsealingKeys(readFileSync(KEY, 'utf8'), KEY);

/** A Secret with `n` planted values, large enough that writing it takes a while. */
function bigSecret(n: number): { yaml: string; planted: Planted[] } {
  const planted = Array.from({ length: n }, (_, i) => password(`value ${i}`));
  const lines = planted.map((p, i) => `  key-${i}: ${p.value}`);
  return { yaml: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: big\n  namespace: apps\nstringData:\n${lines.join('\n')}\n`, planted };
}

const { yaml: PLAIN, planted: PLANTED } = bigSecret(600);

function cli(argv: string[], cwd: string): string {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return r.stdout;
}

interface Case {
  name: string;
  /** The file the command rewrites (relative to the case's directory). */
  target: string;
  argv: string[];
  /** Creates the directory's files; the target's bytes at the end are "old". */
  setup(dir: string): void;
  /** Whether `bytes` is a complete new version of the target. */
  isNew(bytes: Buffer, dir: string): Promise<boolean>;
  /** The command encrypts or seals: no temp file may hold plaintext. */
  protects: boolean;
}

const opensTo = async (bytes: Buffer, plain: string) => {
  try {
    return String(await decrypt(bytes.toString('utf8'), { format: 'yaml', identities: [ALICE.identity] })) === plain;
  } catch {
    return false;
  }
};
const unsealsTo = (bytes: Buffer, value: string) => {
  try {
    return unseal(bytes.toString('utf8'), { keys, format: 'json' }).output.includes(Buffer.from(value).toString('base64'));
  } catch {
    return false;
  }
};
let encryptedOnce = '';
let sealedOnce = '';

const CASES: Case[] = [
  {
    name: 'encrypt -i',
    target: 'secret.yaml',
    argv: ['encrypt', '-i', 'secret.yaml', '--age', ALICE.recipient],
    setup: (dir) => writeFileSync(join(dir, 'secret.yaml'), PLAIN),
    isNew: async (b) => b.toString('utf8').includes('ENC[AES256_GCM') && (await opensTo(b, decryptedOnce())),
    protects: true,
  },
  {
    name: 'decrypt -i',
    target: 'secret.yaml',
    argv: ['decrypt', '-i', 'secret.yaml'],
    setup: (dir) => writeFileSync(join(dir, 'secret.yaml'), encryptedOnce),
    isNew: async (b) => b.toString('utf8') === decryptedOnce(),
    protects: false,
  },
  {
    name: 'rotate -i',
    target: 'secret.yaml',
    argv: ['rotate', '-i', 'secret.yaml'],
    setup: (dir) => writeFileSync(join(dir, 'secret.yaml'), encryptedOnce),
    isNew: async (b) => b.toString('utf8') !== encryptedOnce && (await opensTo(b, decryptedOnce())),
    protects: true,
  },
  {
    name: 'updatekeys -y',
    target: 'secret.yaml',
    argv: ['updatekeys', '-y', 'secret.yaml'],
    setup: (dir) => {
      writeFileSync(join(dir, 'secret.yaml'), encryptedOnce);
      writeFileSync(join(dir, '.sops.yaml'), `creation_rules:\n  - age: ${ALICE.recipient},age1fnmgqdgys97c0eef5qd8c39sktcmmmched9zcpt5tz4pmcf9xglsw3akt2\n`);
    },
    isNew: async (b) => b.toString('utf8').includes('age1fnmgqdgys97c0eef5qd8c39sktcmmmched9zcpt5tz4pmcf9xglsw3akt2') && (await opensTo(b, decryptedOnce())),
    protects: true,
  },
  {
    name: 'seal -w (over an existing file)',
    target: 'sealed.yaml',
    argv: ['seal', 'secret.yaml', '--cert', CERT, '-w', 'sealed.yaml'],
    setup: (dir) => {
      writeFileSync(join(dir, 'secret.yaml'), PLAIN);
      writeFileSync(join(dir, 'sealed.yaml'), sealedOnce);
    },
    isNew: async (b) => b.toString('utf8') !== sealedOnce && unsealsTo(b, PLANTED[599]!.value),
    protects: true,
  },
  {
    name: 'reseal --in-place',
    target: 'sealed.yaml',
    argv: ['reseal', 'sealed.yaml', '--key', KEY, '--cert', CERT, '--in-place'],
    setup: (dir) => writeFileSync(join(dir, 'sealed.yaml'), sealedOnce),
    isNew: async (b) => b.toString('utf8') !== sealedOnce && unsealsTo(b, PLANTED[599]!.value),
    protects: true,
  },
  {
    name: 'seal --merge-into',
    target: 'sealed.yaml',
    argv: ['seal', 'extra.yaml', '--merge-into', 'sealed.yaml', '--cert', CERT],
    setup: (dir) => {
      writeFileSync(join(dir, 'extra.yaml'), 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: big\n  namespace: apps\nstringData:\n  merged: merged-value-0001\n');
      writeFileSync(join(dir, 'sealed.yaml'), sealedOnce);
    },
    isNew: async (b) => unsealsTo(b, 'merged-value-0001') && unsealsTo(b, PLANTED[0]!.value),
    protects: true,
  },
];

let decrypted = '';
const decryptedOnce = () => decrypted;

/** The temp files writeFileAtomic leaves when killed between create and rename. */
const temps = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.name.endsWith('.tmp')).map((e) => e.name);

const K = suite('a killed in-place write leaves the old file or the new one');
let root = '';

K.before(() => {
  root = mkdtempSync(join(tmpdir(), 'sealgate-kill-'));
  writeFileSync(join(root, 'secret.yaml'), PLAIN);
  encryptedOnce = cli(['encrypt', 'secret.yaml', '--age', ALICE.recipient], root);
  writeFileSync(join(root, 'secret.enc.yaml'), encryptedOnce);
  decrypted = cli(['decrypt', 'secret.enc.yaml'], root); // sops' layout: 4-space indentation
  sealedOnce = cli(['seal', 'secret.yaml', '--cert', CERT], root);
});
K.after(() => rmSync(root, { recursive: true, force: true }));

for (const c of CASES) {
  K(c.name, async () => {
    const dir = mkdtempSync(join(root, 'case-'));
    c.setup(dir);
    const old = readFileSync(join(dir, c.target));
    // One full run: how long the command takes, and that its result counts as new.
    const t0 = performance.now();
    cli(c.argv, dir);
    const full = performance.now() - t0;
    assert.ok(await c.isNew(readFileSync(join(dir, c.target)), dir), `${c.name}: a complete run's result is recognised`);
    const seen = { old: 0, new: 0, temps: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      for (const f of readdirSync(dir)) unlinkSync(join(dir, f));
      c.setup(dir);
      const delay = full * (0.4 + 0.8 * Math.random());
      await new Promise<void>((done) => {
        const child = spawn(process.execPath, [BIN, ...c.argv], { cwd: dir, env, stdio: 'ignore' });
        const timer = setTimeout(() => child.kill('SIGKILL'), delay);
        child.on('exit', () => {
          clearTimeout(timer);
          done();
        });
      });
      const now = readFileSync(join(dir, c.target));
      const isOld = now.equals(old);
      const isNew = !isOld && (await c.isNew(now, dir));
      assert.ok(isOld || isNew, `${c.name}: round ${round} (kill after ${Math.round(delay)} ms) left a torn file of ${now.length} bytes`);
      seen[isOld ? 'old' : 'new']++;
      for (const t of temps(dir)) {
        seen.temps++;
        const path = join(dir, t);
        const mode = statSync(path).mode & 0o777;
        const bytes = readFileSync(path);
        assert.is(mode, 0o600, `${c.name}: a left-over temp file ${t} is owner-only`);
        if (c.protects) assert.equal(leaks(bytes.toString('utf8'), PLANTED.slice(0, 50)), [], `${c.name}: ${t} holds plaintext`);
      }
    }
    // And deterministically at the worst moment: the temp file complete, the rename not done.
    for (const f of readdirSync(dir)) unlinkSync(join(dir, f));
    c.setup(dir);
    const killed = spawnSync(process.execPath, ['--import', KILL_BEFORE_RENAME, BIN, ...c.argv], { cwd: dir, env });
    assert.is(killed.signal, 'SIGKILL', `${c.name}: killed before the rename`);
    assert.ok(readFileSync(join(dir, c.target)).equals(old), `${c.name}: the target is untouched`);
    const [left, ...more] = temps(dir);
    assert.ok(left !== undefined && more.length === 0, `${c.name}: one temp file left`);
    assert.is(statSync(join(dir, left)).mode & 0o777, 0o600, `${c.name}: the temp file is owner-only`);
    const tempBytes = readFileSync(join(dir, left));
    assert.ok(await c.isNew(tempBytes, dir), `${c.name}: the temp file is the complete new version`);
    if (c.protects) assert.equal(leaks(tempBytes.toString('utf8'), PLANTED), [], `${c.name}: the temp file holds no plaintext`);
    console.log(`  ${c.name}: ${full.toFixed(0)} ms per run; after ${ROUNDS} kills: ${seen.old} old, ${seen.new} new, ${seen.temps} temp files left`);
  });
}

K('baseline --output and scan --output: old or new, never torn', async () => {
  const repo = new TempRepo();
  try {
    repo.commit('secrets', { 'k8s/big.yaml': PLAIN });
    for (const [argv, target] of [
      [['baseline', '--output', 'base.json', '--no-gitattributes'], 'base.json'],
      [['scan', '--format', 'json', '--output', 'report.json'], 'report.json'],
    ] as const) {
      spawnSync(process.execPath, [BIN, ...argv], { cwd: repo.dir, env });
      const fresh = readFileSync(repo.path(target));
      const old = Buffer.from('{"previous": true}\n');
      const t0 = performance.now();
      spawnSync(process.execPath, [BIN, ...argv], { cwd: repo.dir, env });
      const full = performance.now() - t0;
      for (let round = 0; round < ROUNDS; round++) {
        writeFileSync(repo.path(target), old);
        for (const t of temps(repo.dir)) unlinkSync(repo.path(t));
        const delay = full * (0.4 + 0.8 * Math.random());
        await new Promise<void>((done) => {
          const child = spawn(process.execPath, [BIN, ...argv], { cwd: repo.dir, env, stdio: 'ignore' });
          const timer = setTimeout(() => child.kill('SIGKILL'), delay);
          child.on('exit', () => {
            clearTimeout(timer);
            done();
          });
        });
        const now = readFileSync(repo.path(target));
        if (!now.equals(old)) {
          // The report's summary counts the old report file itself (untracked) and the duration: compare the findings.
          const findings = (b: Buffer) => (target === 'report.json' ? JSON.stringify((JSON.parse(b.toString('utf8')) as { findings: unknown }).findings) : b.toString('utf8'));
          assert.is(findings(now), findings(fresh), `${target}: round ${round} left a torn or different file`);
        }
        for (const t of temps(repo.dir)) assert.is(statSync(repo.path(t)).mode & 0o777, 0o600, `${t} is owner-only`);
      }
    }
  } finally {
    repo.remove();
  }
});

K.run();
