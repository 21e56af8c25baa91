// Rule examples as templates: `ghp_{{an*36}}` reads as the token's shape in the rule file, and no token-shaped
// literal sits in the source or in dist/ (the repository scans itself, and push protection scans pushes).
import type { CredentialRule, RuleExample } from '../rule.ts';
import { sample } from './sample.ts';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

/** The alphabets a `{{class*length}}` placeholder can name. */
const CLASSES: Record<string, string> = {
  an: UPPER + LOWER + DIGITS,
  'an-': UPPER + LOWER + DIGITS + '_-',
  AN: UPPER + DIGITS,
  al: UPPER + LOWER,
  lc: LOWER + DIGITS,
  b36: LOWER + DIGITS,
  hex: DIGITS + 'abcdef',
  HEX: DIGITS + 'ABCDEF',
  b64: UPPER + LOWER + DIGITS + '+/',
  b32: UPPER + '234567',
  b32l: LOWER + '234567',
  d: DIGITS,
};

/** Draws a generated value would be rejected for: words the engine treats as placeholders, long runs, sequences. */
const UNFIT = /test|exam|sampl|dumm|fake|demo|abcd|1234|pass|secr|tok|key|todo|null|your|chang|plac|redact|foo|bar|xxx|(.)\1\1\1/i;

/** FNV-1a: a stable seed from the template text. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** `n` characters of `alphabet`, seeded; mixed alphabets get at least one letter and one digit from 8 characters up. */
function draw(alphabet: string, n: number, seed: number): string {
  const mixed = /[a-z]/i.test(alphabet) && /\d/.test(alphabet) && n >= 8;
  for (let k = 0; ; k++) {
    const s = sample(alphabet, n, seed + k * 7919);
    if (UNFIT.test(s)) continue;
    if (mixed && !(/\d/.test(s) && /[a-z]/i.test(s))) continue;
    return s;
  }
}

/**
 * Expands each `{{class*length}}` (classes: an, an-, AN, al, lc, b36, hex, HEX, b64, b32, b32l, d) and `{{uuid}}` in
 * `template` into random-looking characters, the same on every run (seeded by the template and position).
 * @throws Error naming an unknown class (a typo in a rule file).
 */
export function fake(template: string): string {
  const base = hash(template);
  let i = 0;
  return template.replace(/\{\{(uuid)\}\}|\{\{([\w-]+)\*(\d+)\}\}/g, (_, uuid: string | undefined, cls: string, len: string) => {
    const seed = (base + ++i * 104729) >>> 0;
    if (uuid) return [8, 4, 4, 4, 12].map((n, j) => draw(CLASSES['hex'] as string, n, seed + j)).join('-');
    const alphabet = CLASSES[cls];
    if (alphabet === undefined) throw new Error(`unknown example class {{${cls}}} in ${template.slice(0, 40)}`);
    return draw(alphabet, Number(len), seed);
  });
}

function expand(e: RuleExample): RuleExample {
  return typeof e === 'string' ? fake(e) : { ...e, text: fake(e.text) };
}

/**
 * The rules with their example templates expanded (see `fake`) when first read: only tests and docs read
 * examples, and expanding them all at load cost every scan (every pre-commit hook run) ~10 ms.
 */
export function withFakes(rules: CredentialRule[]): CredentialRule[] {
  return rules.map((r) => {
    let tps: RuleExample[] | undefined;
    let fps: RuleExample[] | undefined;
    return Object.defineProperties(
      { ...r },
      {
        tps: { get: () => (tps ??= r.tps.map(expand)), enumerable: true },
        fps: { get: () => (fps ??= r.fps.map(expand)), enumerable: true },
      },
    );
  });
}
