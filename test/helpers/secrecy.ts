// Planted secrets for the secrecy suite, and the leak check: no planted value, no 8-character window of
// it, and no more than 4 leading or trailing characters of it may appear in what a command prints or writes.
import { generateKeyPairSync } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A planted secret: `value` as it stands in the input, `cores` the random parts no output may show. */
export interface Planted {
  name: string;
  value: string;
  cores: string[];
}

/** A deterministic PRNG (mulberry32), so every run plants the same values. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const random = prng(0x5ea19a7e);

/** `n` random characters from ALNUM. */
export function chars(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ALNUM[Math.floor(random() * ALNUM.length)];
  return s;
}

/**
 * A password-like secret of 24 characters with dashes inside (so it cannot turn up by chance in base64
 * ciphertext, which has no `-`).
 */
export function password(name: string): Planted {
  const value = `${chars(3)}-${chars(8)}-${chars(6)}-${chars(4)}`;
  return { name, value, cores: [value] };
}

/** A token `prefix + n random characters`; only the random part is secret (the prefix is public). */
export function token(name: string, prefix: string, n: number): Planted {
  const core = chars(n);
  return { name, value: prefix + core, cores: [core] };
}

/** A fresh RSA private key in PEM; every base64 body line is a core. */
export function privateKey(name: string, bits = 2048): Planted {
  const { privateKey: pem } = generateKeyPairSync('rsa', { modulusLength: bits, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const body = pem.split('\n').filter((l) => l !== '' && !l.startsWith('-----'));
  return { name, value: pem, cores: body };
}

/** A base64 view of a planted value: both forms are secret. */
export function b64(p: Planted): string {
  return Buffer.from(p.value, 'utf8').toString('base64');
}

export interface Leak {
  secret: string;
  how: string;
}

const WINDOW = 8;
const EDGE = 5; // more than the 4 leading/trailing characters redaction may keep
const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9+/]/.test(c);

/** Every way `text` shows a planted secret: whole, an 8-character window, or more than 4 characters at an edge. */
export function leaks(text: string, planted: readonly Planted[]): Leak[] {
  const found: Leak[] = [];
  for (const p of planted) {
    for (const core of [...p.cores, ...p.cores.map((c) => Buffer.from(c).toString('base64'))]) {
      if (core.length < WINDOW) continue;
      if (text.includes(core)) {
        found.push({ secret: p.name, how: 'in full' });
        continue;
      }
      const w = windowIn(text, core);
      if (w !== undefined) {
        found.push({ secret: p.name, how: `8-character window ${JSON.stringify(w)}` });
        continue;
      }
      // An edge leak stands at a token boundary (`"abcde…`, `…vwxyz"`): a random run of base64 ciphertext
      // holding the same 5 characters is not one.
      const head = core.slice(0, EDGE);
      // Base64 padding is structure, not secret: a tail of `xyQ==` would match random ciphertext that
      // happens to end the same way about once in 10^5 values (the last PEM line often ends so).
      const tail = core.replace(/=+$/, '').slice(-EDGE);
      if (atBoundary(text, head, 'before')) found.push({ secret: p.name, how: `first ${EDGE} characters` });
      else if (atBoundary(text, tail, 'after')) found.push({ secret: p.name, how: `last ${EDGE} characters` });
    }
  }
  return found;
}

function windowIn(text: string, core: string): string | undefined {
  for (let i = 0; i + WINDOW <= core.length; i++) {
    const w = core.slice(i, i + WINDOW);
    if (text.includes(w)) return w;
  }
  return undefined;
}

function atBoundary(text: string, part: string, side: 'before' | 'after'): boolean {
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
    const neighbour = side === 'before' ? text[i - 1] : text[i + part.length];
    if (!isWordChar(neighbour)) return true;
  }
  return false;
}

/** Files under `dir` (recursively, `.git` skipped) with their content, for before/after comparisons. */
export function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name === '.git') continue;
      const p = join(d, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) files.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

/** The files that are new or changed in `after` compared with `before`. */
export function changed(before: Map<string, Buffer>, after: Map<string, Buffer>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [p, data] of after) {
    const old = before.get(p);
    if (!old || !old.equals(data)) out.set(p, data.toString('utf8'));
  }
  return out;
}
