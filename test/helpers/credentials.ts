import { CredentialEngine, type CredentialMatch } from '../../src/scanners/credentials/engine.ts';
import type { CredentialRule, RuleExample } from '../../src/scanners/credentials/rule.ts';
import { parseFile } from '../../src/parse/file.ts';

/** The text and path of a rule example (`example.txt` for a plain string). */
export function example(e: RuleExample): { text: string; path: string } {
  return typeof e === 'string' ? { text: e, path: 'example.txt' } : e;
}

/** Runs `rules` through the engine over one text, as the scanner does (manifest context, decode depth 2). */
export function detect(rules: readonly CredentialRule[], text: string, path = 'example.txt', decodeDepth = 2): CredentialMatch[] {
  return new CredentialEngine(rules).detect(text, { path, decodeDepth, parsed: () => parseFile(path, text) });
}

const MB = 1024 * 1024;

/** `unit` (and `sep`) repeated to exactly 1 MB, on one line unless `sep` has a newline. */
export function megabyteOf(unit: string, sep = ''): string {
  const u = unit + sep;
  return u.repeat(Math.ceil(MB / Math.max(1, u.length))).slice(0, MB);
}

/**
 * A rule's hostile 1 MB lines: its keywords, `keyword=`, and truncated true examples repeated (the inputs
 * that make a backtracking regex take minutes). Shared by test/hostile/ and bench/hostile.ts.
 */
export function hostileLines(rule: CredentialRule): string[] {
  return [
    ...rule.keywords.map((k) => megabyteOf(k)),
    ...rule.keywords.map((k) => megabyteOf(`${k}=`)),
    ...rule.tps.slice(0, 3).map((tp) => {
      const t = example(tp).text.replace(/\n/g, ' ');
      return megabyteOf(t.slice(0, Math.max(1, t.length - 1)));
    }),
    ...rule.tps.slice(0, 2).map((tp) => megabyteOf(example(tp).text.slice(0, 40))),
  ];
}
