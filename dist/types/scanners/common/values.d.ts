/**
 * Placeholder / reference classifier: is a configured value a literal that could be a secret, or one of
 * the many ways manifests *point at* a secret or leave a blank to fill? Shared by the manifest detectors.
 * Judges the whole (trimmed) value; never the name, and says *why* (`NonSecretKind`).
 *
 * Compared with `placeholder.ts` (the credential engine's `isPlaceholder`): this one is deliberately
 * narrower. A value in a secret slot of a manifest (a Secret key, an env var named `DB_PASSWORD`) is a leak
 * even when it is weak or demo-like (`admin`, `hunter2`, `test123`), so only blanks to fill and indirections
 * are excluded here; the engine, which has no such context, must also drop common words to stay quiet.
 */
/**
 * Why a value is not a literal secret:
 * - `empty`: '' or only whitespace, `null`, `~`
 * - `template`: a Helm/Go/Jinja action `{{ … }}` / `{% … %}` anywhere in it
 * - `substitution`: `${VAR}`, `$(VAR)` (Kubernetes env expansion), `$VAR` (upper case), `%VAR%`, `${{ secrets.X }}`
 * - `sops`: a SOPS `ENC[…]` value
 * - `reference`: a pointer to a secret store (`vault:…`, `ref+vault://…`, `<path:…#key>`, `$secret:key`,
 *   `arn:aws:secretsmanager:…`, `op://…`, `projects/…/secrets/…`, `secretRef`-style `secret://`, `akv://`)
 * - `path`: a file path (`/run/secrets/db`, `./key.pem`, `~/.ssh/id`, `file://…`)
 * - `placeholder`: a blank to fill (`changeme`, `<password>`, `REPLACE_ME`, `xxxx`, `****`, `TODO`, `your-token-here`)
 * - `boolean`: `true`/`false`/`yes`/`no`/`on`/`off`
 * - `number`: a number of at most 4 digits (ports, counts, flags)
 */
export type NonSecretKind = 'empty' | 'template' | 'substitution' | 'sops' | 'reference' | 'path' | 'placeholder' | 'boolean' | 'number';
/**
 * Classifies a value that sits where a secret could be. Returns why it is not a literal secret, or
 * `undefined` when it is a literal worth reporting.
 */
export declare function nonSecretKind(raw: string): NonSecretKind | undefined;
/** True when the value is a literal that could be a secret (`nonSecretKind` found no reason it is not). */
export declare function isLiteralValue(raw: string): boolean;
/** `${VAR}`, `${VAR:-default}`, `$(VAR)`, `$VAR`, `%VAR%`, `${{ secrets.X }}`, `#{VAR}#`, `@VAR@` as the whole value. */
export declare function isSubstitution(v: string): boolean;
/** A pointer into a secret store or operator (argocd-vault-plugin, vals, Argo CD `$secret:key`, cloud ARNs…). */
export declare function isReference(v: string): boolean;
/** An absolute, home, relative or `file://` path (no spaces, no `:` after the first segment). */
export declare function isPath(v: string): boolean;
/** A blank to fill: a known word, `<…>`, `[…]`, `REPLACE…`, `your-…-here`, or one repeated character (`xxxx`, `****`). */
export declare function isPlaceholder(v: string): boolean;
