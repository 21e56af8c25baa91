/**
 * Sensitive-name classifier: does a key or variable name say it holds a secret? Names are split into
 * lower-case word tokens (on `[^A-Za-z0-9]` and camelCase boundaries) and judged on whole tokens, never
 * substrings: `MONKEY`, `KEYCLOAK_URL` hold no secret word; `TOKEN_URL`, `PASSWORD_FILE`, `SECRET_NAME`,
 * `existingSecret` name where a secret is, not the secret itself.
 *
 * `placeholder.ts` has `isSensitiveName` (a yes/no for the credential engine's assignment rules); this
 * classifier also says how strong the name is, so the manifest rules can ask a weak name (`auth`, `pass`,
 * `tls.key`) for a random-looking value before reporting.
 */
/** `DB_PASSWORD` → ['db', 'password']; `clientSecret` → ['client', 'secret']; `tls.key` → ['tls', 'key']. */
export declare function nameTokens(name: string): string[];
/** `strong`: the name says secret (password, token, apiKey…); `weak`: it may (auth, pass, pwd): check the value. */
export type NameStrength = 'strong' | 'weak';
/**
 * How strongly `name` says it holds a secret: `'strong'`, `'weak'`, or `undefined` for a name that does not
 * (including names *about* a secret: `PASSWORD_FILE`, `SECRET_NAME`, `TOKEN_URL`, `existingSecret`).
 */
export declare function classifyName(name: string): NameStrength | undefined;
/** True when `name` is strong, or weak and `value` looks random enough to be a secret. */
export declare function nameSaysSecret(name: string, value: string): boolean;
/** At least 8 characters without spaces, two character classes mixed, 5+ distinct characters, not a dashed identifier. */
export declare function looksRandom(value: string): boolean;
