import type { ParsedFile } from '../../parse/types.ts';
import { isPlaceholder } from '../common/placeholder.ts';
import { ciphertextRanges, insideAny, rangeSet, type RangeSet } from './ciphertext.ts';
import { encodedSegments, type Encoding } from './decode.ts';
import { shannonEntropy } from './entropy.ts';
import { KeywordPrefilter } from './prefilter.ts';
import type { CredentialRule } from './rule.ts';

/** A credential found in a text, before it becomes a Detection. Offsets point into the scanned text. */
export interface CredentialMatch {
  rule: CredentialRule;
  /** Offsets of the secret in the scanned text (for decoded finds: of the encoded text that held it). */
  start: number;
  end: number;
  /** The raw secret (decoded, when found in encoded text). */
  secret: string;
  /** The encodings peeled off to find it, outermost first. */
  decoded?: Encoding[];
}

export interface DetectOptions {
  /** Repo-relative path, for the rules' path filters. */
  path: string;
  /** How many layers of base64/hex/percent encoding to look inside (0: none). */
  decodeDepth: number;
  /** The file parsed as manifests, used to recognise SealedSecret ciphertext; computed only when needed. */
  parsed?: () => ParsedFile;
}

interface CompiledRule {
  rule: CredentialRule;
  regex: RegExp;
  generic: boolean;
  stopwords: readonly string[];
}

/** Decoded texts shorter than this are not worth a pass. */
const MIN_DECODED = 8;

/**
 * The credential engine: compiled once for a rule set, then `detect` per text. Per text it runs one
 * keyword pass (Aho–Corasick) and only the regexes of rules whose keywords occur; each match's secret is
 * checked for entropy, placeholders, the rule's allowlist and (for every rule) ciphertext; a generic
 * finding is dropped when a specific rule found a secret containing it on the same line.
 */
export class CredentialEngine {
  readonly rules: readonly CredentialRule[];
  private readonly compiled: CompiledRule[];
  private readonly prefilter: KeywordPrefilter;
  /** Rules without keywords, always candidates. */
  private readonly alwaysOn: number[];

  /** @throws Error when two rules share an id or a regex is sticky. */
  constructor(rules: readonly CredentialRule[]) {
    const ids = new Set<string>();
    for (const r of rules) {
      if (ids.has(r.id)) throw new Error(`duplicate credential rule id ${r.id}`);
      ids.add(r.id);
    }
    this.rules = rules;
    this.compiled = rules.map((rule) => ({
      rule,
      regex: compileRegex(rule),
      generic: rule.family === 'generic',
      stopwords: (rule.allow?.stopwords ?? []).map((w) => w.toLowerCase()),
    }));
    this.prefilter = new KeywordPrefilter(rules.map((r) => r.keywords.map((k) => k.toLowerCase())));
    this.alwaysOn = rules.flatMap((r, i) => (r.keywords.length === 0 ? [i] : []));
  }

  /** Every credential in `text`, in order of position. Never throws on content. */
  detect(text: string, opts: DetectOptions): CredentialMatch[] {
    return this.detectAt(text, opts, opts.decodeDepth, true);
  }

  private detectAt(text: string, opts: DetectOptions, depth: number, top: boolean): CredentialMatch[] {
    const hit = new Uint8Array(this.compiled.length);
    for (const i of this.alwaysOn) hit[i] = 1;
    this.prefilter.scan(text, hit);
    let ciphertext: RangeSet | undefined;
    const cipher = () => (ciphertext ??= rangeSet(ciphertextRanges(text, top ? opts.parsed : undefined)));

    const found: CredentialMatch[] = [];
    for (let i = 0; i < this.compiled.length; i++) {
      if (hit[i] === 0) continue;
      const c = this.compiled[i] as CompiledRule;
      if (!pathAllowed(c.rule, opts.path)) continue;
      this.runRule(c, text, opts.path, found, cipher);
    }

    let result = dedupeGeneric(found, text);
    if (depth > 0) {
      const decodedFinds: CredentialMatch[] = [];
      // A segment whose text a match already reported as is (e.g. a base64 token) is not decoded.
      for (const seg of uncoveredSegments(encodedSegments(text), result)) {
        if (seg.decoded.length < MIN_DECODED || insideAny(cipher(), seg.start, seg.end)) continue;
        for (const inner of this.detectAt(seg.decoded, opts, depth - 1, false)) {
          decodedFinds.push({ ...inner, start: seg.start, end: seg.end, decoded: [seg.encoding, ...(inner.decoded ?? [])] });
        }
      }
      if (decodedFinds.length) result = dedupeGeneric([...result, ...decodedFinds], text);
    }
    return result;
  }

  private runRule(c: CompiledRule, text: string, path: string, found: CredentialMatch[], cipher: () => RangeSet): void {
    const { rule, regex } = c;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const [secret, start, end] = secretOf(rule, m);
      if (secret === '') continue;
      if (rule.entropy !== undefined && shannonEntropy(secret) < rule.entropy) continue;
      if (isPlaceholder(secret)) continue;
      if (rule.allow?.regexes?.some((r) => testFresh(r, secret))) continue;
      if (c.stopwords.length) {
        const lower = secret.toLowerCase();
        if (c.stopwords.some((w) => lower.includes(w))) continue;
      }
      if (rule.filter !== undefined && !rule.filter(secret, m, text, path)) continue;
      if (insideAny(cipher(), start, end)) continue;
      found.push({ rule, start, end, secret });
    }
  }
}

/** A global, non-sticky copy of the rule's regex with match indices, so group offsets are known. */
function compileRegex(rule: CredentialRule): RegExp {
  if (rule.regex.sticky) throw new Error(`credential rule ${rule.id}: sticky regexes are not supported`);
  const flags = new Set(rule.regex.flags);
  flags.add('g');
  flags.add('d');
  return new RegExp(rule.regex.source, [...flags].join(''));
}

/** The secret per the rule (`secretGroup`, else the first group that matched, else the whole match) and its offsets. */
function secretOf(rule: CredentialRule, m: RegExpExecArray): [string, number, number] {
  const indices = m.indices as RegExpIndicesArray;
  const pick = (g: number): [string, number, number] | undefined => {
    const v = m[g];
    const at = indices[g];
    return v !== undefined && at !== undefined ? [v, at[0], at[1]] : undefined;
  };
  if (rule.secretGroup !== undefined) return pick(rule.secretGroup) ?? ['', 0, 0];
  for (let g = 1; g < m.length; g++) {
    const p = pick(g);
    if (p !== undefined && p[0] !== '') return p;
  }
  return [m[0], m.index, m.index + m[0].length];
}

function testFresh(r: RegExp, s: string): boolean {
  r.lastIndex = 0;
  return r.test(s);
}

function pathAllowed(rule: CredentialRule, path: string): boolean {
  if (rule.path !== undefined && !testFresh(rule.path, path)) return false;
  return !(rule.allow?.paths?.some((p) => testFresh(p, path)) ?? false);
}

/**
 * Drops a generic match when a specific rule's secret on the same line contains it (or it contains the
 * specific secret), and keeps one generic match per secret span; also drops exact repeats. Linear in the
 * text and the matches: line numbers come from one forward walk over the sorted offsets.
 */
function dedupeGeneric(found: CredentialMatch[], text: string): CredentialMatch[] {
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  const lines = lineNumbers(found, text);
  const specificByLine = new Map<number, string[]>();
  found.forEach((m, i) => {
    if (m.rule.family === 'generic') return;
    const line = lines[i] as number;
    const list = specificByLine.get(line);
    if (list) list.push(m.secret);
    else specificByLine.set(line, [m.secret]);
  });
  const kept: CredentialMatch[] = [];
  const seen = new Set<string>();
  found.forEach((m, i) => {
    const generic = m.rule.family === 'generic';
    const key = `${generic ? 'generic' : m.rule.id}\0${m.start}\0${m.end}`;
    if (seen.has(key)) return;
    if (generic) {
      const specific = specificByLine.get(lines[i] as number);
      if (specific?.some((s) => s.includes(m.secret) || m.secret.includes(s))) return;
    }
    seen.add(key);
    kept.push(m);
  });
  return kept;
}

/** 0-based line number of each match's start; `found` must be sorted by start. */
function lineNumbers(found: readonly CredentialMatch[], text: string): number[] {
  const out: number[] = [];
  let line = 0;
  let next = text.indexOf('\n');
  for (const m of found) {
    while (next !== -1 && next < m.start) {
      line++;
      next = text.indexOf('\n', next + 1);
    }
    out.push(line);
  }
  return out;
}

/** Drops segments that lie inside a match reported as is; both lists sorted by start. */
function uncoveredSegments<T extends { start: number; end: number }>(segments: readonly T[], matches: readonly CredentialMatch[]): T[] {
  const out: T[] = [];
  let j = 0;
  let reach = -1;
  for (const seg of segments) {
    while (j < matches.length && (matches[j] as CredentialMatch).start <= seg.start) {
      const m = matches[j] as CredentialMatch;
      if (!m.decoded && m.end > reach) reach = m.end;
      j++;
    }
    if (reach < seg.end) out.push(seg);
  }
  return out;
}
