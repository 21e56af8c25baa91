/** sops' choice of a `.sops.yaml` creation rule for a file, shared by the SOPS sealer and the key-separation check. */
import { translateGoRegexp } from './go-regexp.ts';

/**
 * The first rule whose `path_regex` (Go RE2, unanchored) matches `relPath` (the file's path relative to the
 * `.sops.yaml`'s directory, `/`-separated); a rule without one (or with '') matches every file.
 * @returns the rule, `undefined` when none matches, or the first rule whose regex cannot be translated
 *   (sops would have used it or not: the caller reports it).
 */
export function matchCreationRule<R extends { pathRegex: string | undefined }>(rules: readonly R[], relPath: string): { rule: R; error?: string } | undefined {
  for (const rule of rules) {
    if (rule.pathRegex === undefined || rule.pathRegex === '') return { rule };
    const r = translateGoRegexp(rule.pathRegex);
    if (!r.ok) return { rule, error: r.error };
    if (r.regexp.test(relPath)) return { rule };
  }
  return undefined;
}
