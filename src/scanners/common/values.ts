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

const PLACEHOLDER_WORDS = new Set([
  'changeme', 'change-me', 'change_me', 'changeit', 'replaceme', 'replace-me', 'replace_me', 'placeholder',
  'redacted', 'none', 'null', 'nil', 'n/a', 'na', 'tbd', 'todo', 'fixme', 'xxx', 'secret', 'password', 'token',
  'example', 'sample', 'dummy', 'undefined', 'unset', 'empty', 'default', 'mypassword', 'yourpassword',
  'your-password', 'your_password', 'my-secret', 'mysecret', 'your-secret', 'notasecret', 'not-a-secret',
  'supersecret', 'pass', 'passwd', 'secretpassword', 'foo', 'bar', 'foobar', '-', '...', 'value', 'string',
]);

/**
 * Classifies a value that sits where a secret could be. Returns why it is not a literal secret, or
 * `undefined` when it is a literal worth reporting.
 */
export function nonSecretKind(raw: string): NonSecretKind | undefined {
  const v = raw.trim();
  if (v === '' || v === '~' || v === 'null' || v === '""' || v === "''") return 'empty';
  if (isSubstitution(v)) return 'substitution';
  if (v.includes('{{') || v.includes('{%')) return 'template';
  if (/^ENC\[[A-Z0-9_]+,data:/.test(v)) return 'sops';
  if (isReference(v)) return 'reference';
  if (isPath(v)) return 'path';
  if (/^(true|false|yes|no|on|off)$/i.test(v)) return 'boolean';
  if (/^-?\d{1,4}$/.test(v)) return 'number';
  if (isPlaceholder(v)) return 'placeholder';
  return undefined;
}

/** True when the value is a literal that could be a secret (`nonSecretKind` found no reason it is not). */
export function isLiteralValue(raw: string): boolean {
  return nonSecretKind(raw) === undefined;
}

/** `${VAR}`, `${VAR:-default}`, `$(VAR)`, `$VAR`, `%VAR%`, `${{ secrets.X }}`, `#{VAR}#`, `@VAR@` as the whole value. */
export function isSubstitution(v: string): boolean {
  return (
    /^\$\{\{?\s*[\w.-]+(?:\s*\}\}|:?[-=?+][^}]*\}|\})$/.test(v) ||
    /^\$\([\w.-]+\)$/.test(v) ||
    /^\$[A-Z_][A-Z0-9_]*$/.test(v) ||
    /^%[A-Za-z_][A-Za-z0-9_]*%$/.test(v) ||
    /^#\{[\w.-]+\}#?$/.test(v) ||
    /^@[A-Za-z_][A-Za-z0-9_]*@$/.test(v) ||
    // a value made only of substitutions and separators, e.g. `${USER}:${PASS}`
    (/\$[({]/.test(v) && v.replace(/\$\{[^}]*\}|\$\([^)]*\)/g, '').replace(/[-_:@/.]/g, '') === '')
  );
}

/** A pointer into a secret store or operator (argocd-vault-plugin, vals, Argo CD `$secret:key`, cloud ARNs…). */
export function isReference(v: string): boolean {
  return (
    /^<path:[^>]+>$/.test(v) ||
    /^(?:ref\+)?(?:vault|awssm|awsssm|gcpsecrets|azurekeyvault|sops|op|akv|gcp|secret|k8s|env|file|bw|doppler|infisical)(?::\/\/|:)[\w./#@:-]+$/i.test(v) ||
    /^\$[\w.-]+:[\w.-]+$/.test(v) ||
    /^\$[a-z][\w-]*[.:][\w.:-]+$/.test(v) ||
    /^arn:aws[\w-]*:(?:secretsmanager|ssm|kms):/.test(v) ||
    /^projects\/[\w-]+\/secrets\/[\w-]+(?:\/versions\/\w+)?$/.test(v) ||
    /^https:\/\/[\w-]+\.vault\.azure\.net\/secrets\//.test(v)
  );
}

/** An absolute, home, relative or `file://` path (no spaces, no `:` after the first segment). */
export function isPath(v: string): boolean {
  return /^(?:\/|~\/|\.\.?\/|file:\/\/)[^\s:]*$/.test(v);
}

/** A blank to fill: a known word, `<…>`, `[…]`, `REPLACE…`, `your-…-here`, or one repeated character (`xxxx`, `****`). */
export function isPlaceholder(v: string): boolean {
  const lower = v.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower)) return true;
  if (/^<[^<>]*>$/.test(v) || /^\[[^[\]]*\]$/.test(v) || /^__[\w-]+__$/.test(v)) return true;
  if (/^(?:replace|change|insert|enter|put|fill|set|add)[-_ ]?(?:me|this|here|your|with|the|in)?\b/i.test(v)) return true;
  if (/^(?:your|my|the)[-_ ][\w-]*(?:here|password|secret|token|key)$/i.test(v)) return true;
  if (/^todo\b|^fixme\b|^tbd\b/i.test(v)) return true;
  return /^(.)\1{2,}$/.test(v) || /^[x*•.]{3,}$/i.test(v);
}
