// Hostile inputs through the real CLI, shared by `test/hostile/inputs.hostile.test.ts` (each must end in a
// finding, a note or a one-line exit-2 error) and `bench/hostile.ts` (how long each takes, against its bound).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './cli.ts';

const CERT = new URL('../fixtures/sealed-secrets/keys/controller-cert.pem', import.meta.url).pathname;
const KEY = new URL('../fixtures/sealed-secrets/keys/controller-key.pem', import.meta.url).pathname;
const AGE = 'age1jtfldcpudgc87l7rx4fq5g9rpwux9zwcq5yg3vcnju4fm9ujrczsv4eg7m';
const MB = 1024 * 1024;

export type Outcome = 'finding' | 'note' | 'error';

export interface HostileCase {
  name: string;
  /** What the command must end in. */
  expect: Outcome;
  /** For an error: what its one line must say. */
  message?: RegExp;
  /** The bound, in seconds, recorded in BENCHMARKS.md (generous: 2 cores, CI). */
  boundSeconds: number;
  /** Creates the input in `dir`; returns the argv to run there (and stdin). */
  setup(dir: string): { argv: string[]; stdin?: string };
}

export interface CaseResult {
  outcome: Outcome | 'none';
  exitCode: number;
  ms: number;
  stderr: string;
  stdout: string;
}

const head = (name: string) => `apiVersion: v1\nkind: Secret\nmetadata: {name: ${name}, namespace: apps}\nstringData:\n  password: Hostile-Secret-Value-7781\n`;

/** Nine levels of nine aliases each: 9^9 nodes when expanded. */
function aliasBomb(): string {
  let s = 'l0: &l0 [x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i <= 9; i++) s += `l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]\n`;
  return s;
}

const badUtf8 = () => Buffer.concat([Buffer.from(head('utf8')), Buffer.from([0x20, 0x20, 0x6e, 0x3a, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x0a])]);
const deepFlow = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const deepBlock = (n: number) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k${i}:\n`).join('');
const write = (dir: string, name: string, data: string | Uint8Array) => {
  writeFileSync(join(dir, name), data);
  return name;
};
const sealArgs = (f: string) => ['seal', f, '--cert', CERT];
const encryptArgs = (f: string) => ['encrypt', f, '--age', AGE];

export const HOSTILE_CASES: HostileCase[] = [
  { name: 'YAML alias bomb (9^9 nodes): scan', expect: 'finding', boundSeconds: 5, setup: (d) => ({ argv: ['scan', write(d, 'bomb.yaml', head('bomb') + aliasBomb())] }) },
  { name: 'YAML alias bomb: seal', expect: 'error', message: /alias/, boundSeconds: 5, setup: (d) => ({ argv: sealArgs(write(d, 'bomb.yaml', head('bomb') + aliasBomb())) }) },
  { name: 'YAML alias bomb: encrypt', expect: 'error', message: /alias/, boundSeconds: 5, setup: (d) => ({ argv: encryptArgs(write(d, 'bomb.yaml', head('bomb') + aliasBomb())) }) },
  {
    name: 'YAML alias bomb: .sealgate.yaml',
    expect: 'error',
    boundSeconds: 5,
    setup: (d) => ({ argv: ['scan', '--config', write(d, 'c.yaml', `rules:\n  disable:\n${aliasBomb().replace(/^l\d+: /gm, '    - ')}`), d] }),
  },
  { name: '10,000-deep flow nesting (YAML): scan', expect: 'finding', boundSeconds: 5, setup: (d) => ({ argv: ['scan', write(d, 'deep.yaml', `${head('deep')}x: ${deepFlow(10_000)}\n`)] }) },
  { name: '10,000-deep nesting (JSON): scan', expect: 'finding', boundSeconds: 5, setup: (d) => ({ argv: ['scan', write(d, 'deep.json', `{"kind":"Secret","stringData":{"password":"Hostile-Secret-Value-7781"},"x":${deepFlow(10_000)}}`)] }) },
  { name: '10,000-deep nesting: seal', expect: 'error', boundSeconds: 5, setup: (d) => ({ argv: sealArgs(write(d, 'deep.yaml', `${head('deep')}x: ${deepFlow(10_000)}\n`)) }) },
  { name: '10,000-deep nesting (JSON): encrypt', expect: 'error', boundSeconds: 5, setup: (d) => ({ argv: encryptArgs(write(d, 'deep.json', `{"a":${deepFlow(10_000)}}`)) }) },
  { name: '10,000-deep nesting: inspect', expect: 'error', boundSeconds: 5, setup: (d) => ({ argv: ['inspect', write(d, 'deep.yaml', `kind: SealedSecret\nx: ${deepFlow(10_000)}\n`)] }) },
  { name: '3,000-deep block nesting (4.5 MB of indentation): scan', expect: 'finding', boundSeconds: 10, setup: (d) => ({ argv: ['scan', write(d, 'block.yaml', head('block') + deepBlock(3_000))] }) },
  { name: 'invalid UTF-8 around a secret: scan', expect: 'finding', boundSeconds: 5, setup: (d) => ({ argv: ['scan', write(d, 'utf8.yaml', badUtf8())] }) },
  { name: 'invalid UTF-8: seal', expect: 'error', message: /not valid UTF-8/, boundSeconds: 5, setup: (d) => ({ argv: sealArgs(write(d, 'utf8.yaml', badUtf8())) }) },
  { name: 'invalid UTF-8: encrypt', expect: 'error', message: /not valid UTF-8.*--input-type binary/, boundSeconds: 5, setup: (d) => ({ argv: encryptArgs(write(d, 'utf8.yaml', badUtf8())) }) },
  { name: 'NUL bytes: scan', expect: 'note', boundSeconds: 5, setup: (d) => ({ argv: ['scan', write(d, 'nul.yaml', `${head('nul')}\0\0\0`)] }) },
  { name: 'NUL bytes on stdin: scan -', expect: 'note', boundSeconds: 5, setup: () => ({ argv: ['scan', '-'], stdin: `${head('nul')}\0` }) },
  {
    name: '1 MB single line of near-matches (password=, ghp_, AKIA, -----BEGIN, eyJ): scan',
    expect: 'finding',
    boundSeconds: 20,
    setup: (d) => {
      const unit = 'password="x ghp_ AKIA -----BEGIN PRIVATE KEY----- eyJhbGciOi. %41%42 QUtJQTEy ';
      return { argv: ['scan', write(d, 'line.txt', `${unit.repeat(Math.ceil(MB / unit.length))}\ntoken: ghp_${'Zq8WmX2pL4vN7tR1yB5cK9dF3hJ6sA0eG2iU'}\n`)] };
    },
  },
  { name: '100 MB file: scan (over the 10 MiB limit)', expect: 'note', boundSeconds: 10, setup: (d) => ({ argv: ['scan', write(d, 'big.yaml', Buffer.alloc(100 * MB, 'a: b\n'))] }) },
  {
    name: '100 MB file with maxFileSize raised: scan',
    expect: 'finding',
    boundSeconds: 180,
    setup: (d) => {
      write(d, '.sealgate.yaml', `maxFileSize: ${200 * MB}\n`);
      const filler = Buffer.alloc(100 * MB - 200, 'key: value-of-some-length\n');
      return { argv: ['scan', '--config', '.sealgate.yaml', write(d, 'big.env', Buffer.concat([filler, Buffer.from('\nDB_PASSWORD=Hostile-Secret-Value-7781\n')]))] };
    },
  },
  { name: '100 MB file: seal', expect: 'error', message: /too large to parse/, boundSeconds: 5, setup: (d) => ({ argv: sealArgs(write(d, 'big.yaml', Buffer.alloc(100 * MB, 'a: b\n'))) }) },
  { name: '100 MB file: encrypt (YAML)', expect: 'error', message: /too large to parse.*--input-type binary/, boundSeconds: 10, setup: (d) => ({ argv: encryptArgs(write(d, 'big.yaml', Buffer.alloc(100 * MB, 'a: b\n'))) }) },
  { name: '20 MB on stdin: unseal', expect: 'error', message: /too large to parse/, boundSeconds: 10, setup: () => ({ argv: ['unseal', '-', '--key', KEY], stdin: 'a: b\n'.repeat(4 * MB) }) },
  {
    name: 'symlink loop, dangling link, FIFO: scan outside a repository',
    expect: 'note',
    boundSeconds: 5,
    setup: (d) => {
      mkdirSync(join(d, 'sub'));
      symlinkSync(d, join(d, 'sub', 'loop'));
      symlinkSync('nowhere', join(d, 'dangling.yaml'));
      symlinkSync('a.yaml', join(d, 'b.yaml'));
      symlinkSync('b.yaml', join(d, 'a.yaml'));
      execFileSync('mkfifo', [join(d, 'pipe.yaml')]);
      return { argv: ['scan', '.'] };
    },
  },
  {
    name: 'a FIFO named on the command line: scan',
    expect: 'note',
    boundSeconds: 5,
    setup: (d) => {
      execFileSync('mkfifo', [join(d, 'pipe.yaml')]);
      return { argv: ['scan', 'pipe.yaml'] };
    },
  },
  {
    name: 'a repository of 50,000 files with one secret: scan',
    expect: 'finding',
    boundSeconds: 120,
    setup: (d) => {
      for (let i = 0; i < 500; i++) {
        const sub = join(d, 'apps', `a${i}`);
        mkdirSync(sub, { recursive: true });
        for (let j = 0; j < 100; j++) writeFileSync(join(sub, `cm${j}.yaml`), `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${i}-${j}}\ndata: {LOG_LEVEL: info}\n`);
      }
      writeFileSync(join(d, 'apps', 'a250', 'cm50.yaml'), head('one-of-many'));
      const git = (...args: string[]) => execFileSync('git', args, { cwd: d, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'many');
      return { argv: ['scan', '--format', 'json'] };
    },
  },
];

/** Runs one case in a fresh temp dir; the outcome is read from the exit code, the report and stderr. */
export async function runCase(c: HostileCase): Promise<CaseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'sealgate-hostile-'));
  try {
    const { argv, stdin } = c.setup(dir);
    const t0 = performance.now();
    const r = await cli(argv, { cwd: dir, ...(stdin !== undefined ? { stdin } : {}) });
    const ms = performance.now() - t0;
    const outcome: CaseResult['outcome'] =
      r.exitCode === 2 ? 'error' : r.exitCode === 1 ? 'finding' : /note: |"notes":\s*\[\s*\{/.test(r.stdout) ? 'note' : 'none';
    return { outcome, exitCode: r.exitCode, ms, stderr: r.stderr, stdout: r.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
