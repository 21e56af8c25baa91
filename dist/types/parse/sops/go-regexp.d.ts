/**
 * Go RE2 regular expressions (sops' `encrypted_regex`, `path_regex`, …) translated to JavaScript.
 *
 * The common subset is translated so that it matches exactly what Go matches: `.` never matches `\n`
 * (JS also stops at `\r`, U+2028, U+2029), `\s` is ASCII whitespace only, escaped punctuation is
 * always literal, `(?P<name>…)` is a named group, `[[:alpha:]]` classes, `\pL`, `\x{…}`, `\Q…\E`, `\A`,
 * `\z` and leading `(?i)`/`(?s)`/`(?m)` flags are rewritten. Features JS lacks or RE2 rejects
 * (lookarounds, backreferences, flag groups inside the pattern, `(?U)`, `\C`, octal escapes) are errors,
 * so a selector never silently matches differently from sops.
 */
export type GoRegexpResult = {
    ok: true;
    regexp: RegExp;
} | {
    ok: false;
    error: string;
};
/**
 * Translates a Go RE2 pattern into a JS RegExp (flag `u`) with the same match semantics for
 * `regexp.MatchString` (unanchored search).
 * @returns `{ok: false, error}` with a one-line reason when the pattern uses a feature that cannot be
 * translated faithfully or is not valid RE2.
 */
export declare function translateGoRegexp(pattern: string): GoRegexpResult;
