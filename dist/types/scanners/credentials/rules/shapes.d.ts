/** Characters of a typical token body: what may not touch a token on either side. */
export declare const WORD = "A-Za-z0-9_";
/** The same plus `-`, for URL-safe base64 and dashed tokens. */
export declare const WORD_DASH = "A-Za-z0-9_-";
/** Standard base64, for keys that are plain base64. */
export declare const BASE64 = "A-Za-z0-9+/=";
/** Regex source of a lower-case UUID, the shape of many providers' keys. */
export declare const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/**
 * A token recognisable by its own shape (a distinctive prefix, fixed lengths): `body` not inside a longer run
 * of `alphabet` characters (`=` may precede it: it is also the assignment operator). The secret (group 1) is the
 * whole token.
 * @param body regex source of the token, without capturing groups.
 * @param alphabet contents of a character class: the token's own characters.
 */
export declare function token(body: string, alphabet?: string, flags?: string): RegExp;
/**
 * A secret that has no shape of its own and counts only as the value of a key that names the provider:
 * `name` (regex source, case-insensitive, matched anywhere in the key so `PROD_DD_API_KEY` counts), up to 20
 * more key characters (but not a key that ends in `_id`, `_name`, `_file`, `_path`, `_url`, `_ref` or `_arn`: those
 * hold something else), then an assignment as env files, shells, YAML, JSON, TOML, properties, XML, call
 * arguments and Kubernetes `- name: X` / `value: Y` env pairs write it, then the secret (group 1), not
 * followed by more `alphabet` characters.
 * @param name regex source of the key name, without capturing groups; keep provider and field adjacent
 *   (`(?:dd|datadog)[_.-]?api[_.-]?key`): a loose window before the field is what recheck rejects.
 * @param secret regex source of the value, without capturing groups.
 */
export declare function assigned(name: string, secret: string, alphabet?: string): RegExp;
/**
 * Prefilter keywords for a provider word that starts a key name: the word followed by `_`, `-` or `.`, and the
 * word glued to each of `next` (`keysFor('lob', ['api'])` → `lob_`, `lob-`, `lob.`, `lobapi`). For words too common
 * to be keywords alone (`lob` is in `global`); the rule's name regex must not allow anything else after the word.
 */
export declare function keysFor(word: string, next?: readonly string[]): string[];
