/**
 * A deterministic git history with planted secrets, written with one `git fast-import` (no process per
 * commit): code, docs, CSV and Kubernetes manifests that change commit after commit, side branches
 * merged back, and secrets planted in every way history mode must handle — new files, lines added to an
 * existing Secret or Deployment (found only with the document around them), re-added after removal,
 * carried by a merge or a rename (must not be reported again), added by a merge itself. The same spec
 * always gives the same commits (fixed authors and dates), so the same SHAs.
 *
 * Used by `bench/history.ts` (thousands of commits) and `test/history.test.ts` (a few dozen).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface HistorySpec {
  /** Commits on the main line (merged side branches add more). */
  commits: number;
  /** Roughly how many bytes of `git log -p` each commit makes. */
  bytesPerCommit: number;
  /** Plant a secret every this many commits. */
  plantEvery: number;
  seed?: number;
}

/** A secret put into the history, and where a scanner must report it. */
export interface Plant {
  kind: string;
  /** The secret value as a scanner reports it (unredacted). */
  secret: string;
  path: string;
  /** The commit that first adds it. */
  sha: string;
  /** Rule ids any of which counts as finding it. */
  rules: readonly string[];
}

/** A secret that comes back (re-added, merged, renamed): must not be reported at `sha`. */
export interface Repeat {
  kind: string;
  secret: string;
  path: string;
  sha: string;
}

export interface HistoryRepo {
  dir: string;
  plants: Plant[];
  repeats: Repeat[];
  /** All commits, merges included. */
  commitCount: number;
}

const WORDS = (
  'alpha bravo cedar delta ember fjord grove harbor island jasper kettle lumen meadow nectar orbit pebble quartz ' +
  'raven summit timber umber valley willow xenon yonder zephyr anchor beacon canyon dune estuary falcon glacier ' +
  'horizon inlet juniper kelp lagoon mesa nimbus oasis prairie quarry reef sierra tundra upland vista wharf'
).split(' ');

class Rng {
  #x: number;
  constructor(seed: number) {
    this.#x = (seed * 2654435761) >>> 0 || 1;
  }
  next(): number {
    let x = this.#x;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    this.#x = x >>> 0;
    return this.#x;
  }
  int(n: number): number {
    return this.next() % n;
  }
  word(): string {
    return WORDS[this.int(WORDS.length)] as string;
  }
  chars(alphabet: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)];
    return s;
  }
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = ALNUM + '+/';

type Kind = 'ts' | 'go' | 'py' | 'md' | 'csv' | 'yaml';
const KINDS: Kind[] = ['ts', 'go', 'py', 'md', 'csv', 'yaml', 'ts', 'yaml'];

function line(rng: Rng, kind: Kind, i: number): string {
  const a = rng.word();
  const b = rng.word();
  const n = rng.int(100000);
  switch (kind) {
    case 'ts':
      return `export function ${a}${i}(${b}: number): number { return ${b} * ${n} + ${rng.int(97)}; } // ${rng.word()} ${rng.word()}`;
    case 'go':
      return `func ${a}${i}(${b} int) int { return ${b}*${n} + ${rng.int(97)} } // ${rng.word()} ${rng.word()}`;
    case 'py':
      return `def ${a}_${i}(${b}): return ${b} * ${n} + ${rng.int(97)}  # ${rng.word()} ${rng.word()}`;
    case 'md':
      return `The ${a} near the ${b} holds ${n} ${rng.word()}s, and the ${rng.word()} ${rng.word()} counts them at ${i}.`;
    case 'csv':
      return `${i},${a},${b},${n},${rng.int(1000) / 10},${rng.word()}`;
    case 'yaml':
      return `    - name: ${a.toUpperCase()}_${i}\n      value: "${b}-${n}"`;
  }
}

function body(rng: Rng, kind: Kind, bytes: number, from: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (let i = from; size < bytes; i++) {
    const l = line(rng, kind, i);
    out.push(l);
    size += l.length + 1;
  }
  return out;
}

/** A Deployment whose env list is the body, so YAML files are manifests whose middle changes. */
function manifest(name: string, lines: string[]): string {
  // Half of them take a password from a Secret, as real Deployments do (the word makes them worth parsing).
  const ref = name.length % 2 ? '          - name: DB_PASSWORD\n            valueFrom: {secretKeyRef: {name: db, key: password}}\n' : '';
  const head = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/${name}:1.0\n          env:\n${ref}`;
  return head + lines.map((l) => `      ${l.replace(/\n/g, '\n      ')}`).join('\n') + '\n';
}

interface FileState {
  kind: Kind;
  lines: string[];
}

/**
 * Writes the repository into `dir` (replaced if present) and returns the plants with their commits.
 * @throws Error when git fails.
 */
export async function generateHistoryRepo(dir: string, spec: HistorySpec): Promise<HistoryRepo> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
  git('init', '-q', '-b', 'main');
  const rng = new Rng(spec.seed ?? 7);
  const files = new Map<string, FileState>();
  const marksFile = join(dir, '.git', 'bench-marks');
  const importer = fastImport(dir, marksFile);
  let mark = 0;
  let time = 1_700_000_000;
  const marks: { mark: number; plants: Omit<Plant, 'sha'>[]; repeats: Omit<Repeat, 'sha'>[] }[] = [];
  const emit = (s: string) => importer.write(s);
  const blob = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const render = (path: string, f: FileState) => (f.kind === 'yaml' ? manifest(path.replace(/\W+/g, '-').slice(0, 40), f.lines) : f.lines.join('\n') + '\n');
  let mainHead = 0;

  const commit = (ref: string, message: string, changes: Map<string, FileState | null>, parents: number[], plants: Omit<Plant, 'sha'>[] = [], repeats: Omit<Repeat, 'sha'>[] = [], raw = new Map<string, string>()) => {
    const m = ++mark;
    time += 3600;
    const who = `Dev ${m % 5} <dev${m % 5}@example.com> ${time} +0000`;
    emit(`commit ${ref}\nmark :${m}\nauthor ${who}\ncommitter ${who}\n${blob(message)}`);
    if (parents[0] !== undefined) emit(`from :${parents[0]}\n`);
    for (const p of parents.slice(1)) emit(`merge :${p}\n`);
    for (const [path, f] of changes) {
      if (f === null) emit(`D ${path}\n`);
      else emit(`M 100644 inline ${path}\n${blob(raw.get(path) ?? render(path, f))}`);
    }
    emit('\n');
    marks.push({ mark: m, plants, repeats });
    return m;
  };

  const pick = (kind?: Kind): string | undefined => {
    const paths = [...files.keys()].filter((p) => (kind ? files.get(p)?.kind === kind : !p.startsWith('keys/') && !p.startsWith('secrets/')));
    return paths.length ? paths[rng.int(paths.length)] : undefined;
  };

  const newFile = (i: number, bytes: number): [string, FileState] => {
    const kind = KINDS[rng.int(KINDS.length)] as Kind;
    const dir = kind === 'yaml' ? 'deploy' : kind === 'md' ? 'docs' : kind === 'csv' ? 'data' : 'src';
    const path = `${dir}/${rng.word()}-${i}.${kind}`;
    return [path, { kind, lines: body(rng, kind, bytes, 0) }];
  };

  /** Replaces a block of a file's lines: a diff of about 2 × `bytes`. */
  const rewrite = (f: FileState, bytes: number): FileState => {
    const block = body(rng, f.kind, bytes, rng.int(1_000_000));
    const at = f.lines.length ? rng.int(f.lines.length) : 0;
    const lines = [...f.lines];
    lines.splice(at, block.length, ...block);
    return { kind: f.kind, lines };
  };

  const plantsAdded: { kind: string; secret: string; path: string; line: string; rules: readonly string[] }[] = [];
  let sideBranch = 0;
  const secretSeq = () => rng.chars(ALNUM, 20);

  for (let i = 0; i < spec.commits; i++) {
    const changes = new Map<string, FileState | null>();
    const raw = new Map<string, string>();
    const plants: Omit<Plant, 'sha'>[] = [];
    const repeats: Omit<Repeat, 'sha'>[] = [];
    const share = spec.bytesPerCommit;
    // One new file (about a third of the diff) and two rewritten blocks.
    const [np, nf] = newFile(i, share / 3);
    changes.set(np, nf);
    for (let k = 0; k < 2; k++) {
      const p = pick();
      if (p && !changes.has(p)) changes.set(p, rewrite(files.get(p) as FileState, share / 6));
    }
    const planting = i > 0 && i % spec.plantEvery === 0;
    const which = (i / spec.plantEvery - 1) % 10;
    if (planting) {
      if (which === 0) {
        const path = `src/db-${i}.ts`;
        const secret = `${secretSeq()}!x`;
        changes.set(path, { kind: 'ts', lines: [`const dbPassword = "${secret}";`, 'export default dbPassword;'] });
        plants.push({ kind: 'password in code', secret, path, rules: ['generic-password'] });
        plantsAdded.push({ kind: 'password in code', secret, path, line: `const dbPassword = "${secret}";`, rules: ['generic-password'] });
      } else if (which === 1) {
        const path = `keys/deploy-${i}.pem`;
        const b = rng.chars(B64, 1600).match(/.{1,64}/g)?.join('\n') ?? '';
        const text = `-----BEGIN RSA PRIVATE KEY-----\n${b}\n-----END RSA PRIVATE KEY-----\n`;
        changes.set(path, { kind: 'md', lines: text.trimEnd().split('\n') });
        plants.push({ kind: 'private key', secret: text.trimEnd(), path, rules: ['private-key'] });
      } else if (which === 2) {
        const path = `secrets/db-${i}.yaml`;
        const secret = `${secretSeq()}#q`;
        const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-${i}\ntype: Opaque\nstringData:\n  password: "${secret}"\n`;
        changes.set(path, { kind: 'md', lines: text.trimEnd().split('\n') });
        plants.push({ kind: 'Secret manifest', secret, path, rules: ['k8s-secret-plaintext'] });
      } else if (which === 3) {
        // A key added to an existing Secret: its added lines alone do not say it is a Secret.
        const path = [...files.keys()].find((p) => p.startsWith('secrets/'));
        if (path) {
          const f = files.get(path) as FileState;
          const secret = `${secretSeq()}%k`;
          changes.set(path, { kind: f.kind, lines: [...f.lines, `  apiKey${i}: "${secret}"`] });
          plants.push({ kind: 'key added to an existing Secret', secret, path, rules: ['k8s-secret-plaintext'] });
        }
      } else if (which === 4) {
        // An env literal added in the middle of an existing Deployment.
        const path = pick('yaml');
        if (path) {
          const f = (changes.get(path) as FileState | undefined) ?? (files.get(path) as FileState);
          const secret = `${secretSeq()}&e`;
          const lines = [...f.lines];
          lines.splice(Math.floor(lines.length / 2), 0, `    - name: DB_PASSWORD\n      value: "${secret}"`);
          changes.set(path, { kind: 'yaml', lines });
          plants.push({ kind: 'env literal in an existing Deployment', secret, path, rules: ['k8s-env-literal-secret'] });
        }
      } else if (which === 5) {
        // Remove an earlier planted line, to be re-added later (which == 6).
        const earlier = plantsAdded.find((p) => files.get(p.path)?.lines.includes(p.line));
        if (earlier) changes.set(earlier.path, { kind: 'ts', lines: (files.get(earlier.path) as FileState).lines.filter((l) => l !== earlier.line) });
      } else if (which === 6) {
        const earlier = plantsAdded.find((p) => files.has(p.path) && !files.get(p.path)?.lines.includes(p.line));
        if (earlier) {
          changes.set(earlier.path, { kind: 'ts', lines: [earlier.line, ...(files.get(earlier.path) as FileState).lines] });
          repeats.push({ kind: 're-added after removal', secret: earlier.secret, path: earlier.path });
        }
      } else if (which === 7) {
        // A side branch with a secret, merged back cleanly: reported at the side commit, not at the merge.
        const side = `refs/heads/side-${++sideBranch}`;
        const path = `src/side-${i}.ts`;
        const secret = `${secretSeq()}@s`;
        const sideFile: FileState = { kind: 'ts', lines: [`const servicePassword = "${secret}";`, ...body(rng, 'ts', share / 4, 0)] };
        const sideCommit = commit(side, `side work ${i}`, new Map([[path, sideFile]]), [mainHead], [{ kind: 'merged from a side branch', secret, path, rules: ['generic-password'] }]);
        const merged = new Map<string, FileState | null>([[path, sideFile]]);
        mainHead = commit('refs/heads/main', `Merge side ${i}`, merged, [mainHead, sideCommit], [], [{ kind: 'carried by a merge', secret, path }]);
        files.set(path, sideFile);
        // An "evil" merge next: a secret added by the merge commit itself.
        const side2 = `refs/heads/side-${++sideBranch}`;
        const p2 = `src/evil-${i}.ts`;
        const f2: FileState = { kind: 'ts', lines: body(rng, 'ts', share / 4, 0) };
        const c2 = commit(side2, `side work ${i}b`, new Map([[p2, f2]]), [mainHead]);
        const evilSecret = `${secretSeq()}^m`;
        const evil: FileState = { kind: 'ts', lines: [...f2.lines, `const mergePassword = "${evilSecret}";`] };
        mainHead = commit('refs/heads/main', `Merge side ${i}b`, new Map([[p2, evil]]), [mainHead, c2], [{ kind: 'added by a merge', secret: evilSecret, path: p2, rules: ['generic-password'] }]);
        files.set(p2, evil);
      } else if (which === 9) {
        // A provider token, the kind every scanner knows (so peers have something to find too).
        const n = Math.floor(i / spec.plantEvery / 10) % 4;
        const [name, secret, rule] = [
          ['AWS_ACCESS_KEY_ID', `AKIA${rng.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`, 'aws-access-token'],
          ['GITHUB_TOKEN', `ghp_${rng.chars(ALNUM, 36)}`, 'github-pat'],
          ['SLACK_BOT_TOKEN', `xoxb-${rng.chars('0123456789', 11)}-${rng.chars('0123456789', 12)}-${rng.chars(ALNUM, 24)}`, 'slack-bot-token'],
          ['STRIPE_API_KEY', `sk_live_${rng.chars(ALNUM, 24)}`, 'stripe-secret-key'],
        ][n] as [string, string, string];
        const path = `config/providers-${i}.env`;
        changes.set(path, { kind: 'md', lines: [`# service credentials`, `${name}=${secret}`] });
        plants.push({ kind: 'provider token', secret, path, rules: [rule] });
      } else if (which === 8) {
        // A file holding a secret renamed (git sees a rename; nothing is added).
        const earlier = plantsAdded.find((p) => files.get(p.path)?.lines.includes(p.line));
        if (earlier) {
          const to = earlier.path.replace(/\.ts$/, '-moved.ts');
          const f = files.get(earlier.path) as FileState;
          changes.set(earlier.path, null);
          changes.set(to, f);
          repeats.push({ kind: 'renamed', secret: earlier.secret, path: to });
          earlier.path = to;
        }
      }
    }
    mainHead = commit('refs/heads/main', `Change ${i}: ${rng.word()} ${rng.word()}`, changes, mainHead ? [mainHead] : [], plants, repeats, raw);
    await importer.drained();
    for (const [p, f] of changes) {
      if (f === null) files.delete(p);
      else files.set(p, f);
    }
  }

  await importer.end();
  const shaOf = new Map<number, string>();
  for (const l of readFileSync(marksFile, 'utf8').trim().split('\n')) {
    const [m, sha] = l.split(' ');
    shaOf.set(Number((m as string).slice(1)), sha as string);
  }
  rmSync(marksFile);
  git('checkout', '-q', '-f', 'main');
  const plants: Plant[] = [];
  const repeats: Repeat[] = [];
  for (const m of marks) {
    const sha = shaOf.get(m.mark) as string;
    for (const p of m.plants) plants.push({ ...p, sha });
    for (const r of m.repeats) repeats.push({ ...r, sha });
  }
  return { dir, plants, repeats, commitCount: marks.length };
}

/** A `git fast-import` fed as the history is made (the stream is far larger than the repository). */
function fastImport(dir: string, marksFile: string) {
  const proc = spawn('git', ['fast-import', '--quiet', `--export-marks=${marksFile}`], { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<number>((resolve) => proc.on('close', (code) => resolve(code ?? 1)));
  let full = false;
  return {
    write(s: string): void {
      if (!proc.stdin.write(s)) full = true;
    },
    async drained(): Promise<void> {
      if (!full) return;
      full = false;
      await new Promise((r) => proc.stdin.once('drain', r));
    },
    async end(): Promise<void> {
      proc.stdin.end();
      const code = await done;
      if (code !== 0) throw new Error(`git fast-import failed: ${stderr.trim()}`);
    },
  };
}
