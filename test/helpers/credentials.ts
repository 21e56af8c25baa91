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
