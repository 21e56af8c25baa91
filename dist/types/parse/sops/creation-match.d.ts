/**
 * The first rule whose `path_regex` (Go RE2, unanchored) matches `relPath` (the file's path relative to the
 * `.sops.yaml`'s directory, `/`-separated); a rule without one (or with '') matches every file.
 * @returns the rule, `undefined` when none matches, or the first rule whose regex cannot be translated
 *   (sops would have used it or not: the caller reports it).
 */
export declare function matchCreationRule<R extends {
    pathRegex: string | undefined;
}>(rules: readonly R[], relPath: string): {
    rule: R;
    error?: string;
} | undefined;
