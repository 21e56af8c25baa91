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
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
}

/** `strong`: the name says secret (password, token, apiKey…); `weak`: it may (auth, pass, pwd): check the value. */
export type NameStrength = 'strong' | 'weak';

/** Tokens that name a secret on their own. */
const STRONG = new Set([
  'password', 'passwd', 'passphrase', 'passwort', 'pword', 'pswd', 'secret', 'secrets', 'token', 'bearer',
  'credential', 'credentials', 'creds', 'apikey', 'privatekey', 'clientsecret', 'accesskey', 'secretkey', 'jwt',
  'dsn', 'connectionstring', 'sas', 'psk', 'otp', 'totp', 'cookie', 'hmac',
]);
/** Tokens that may name a secret; the value must look like one. */
const WEAK = new Set(['auth', 'pass', 'pwd', 'pw', 'key', 'signature', 'salt', 'pin']);
/** Two adjacent tokens that name a secret together (`api key`, `private key`, `connection string`). */
const PAIRS = new Set([
  'api key', 'private key', 'access key', 'secret key', 'client secret', 'connection string', 'account key',
  'signing key', 'encryption key', 'master key', 'storage key', 'shared key', 'session key', 'ssh key',
  'auth key', 'license key', 'webhook secret', 'app secret', 'refresh token', 'access token', 'id token',
  'auth token', 'private token', 'deploy key', 'key data',
]);
/**
 * A last token that makes the name about something else than the secret: where it is (`url`, `file`,
 * `path`), what it is called (`name`, `id`, `ref`), or a setting about it (`length`, `ttl`, `enabled`).
 */
const NOT_THE_SECRET = new Set([
  'url', 'uri', 'urls', 'endpoint', 'host', 'hostname', 'port', 'server', 'address', 'domain', 'file', 'files',
  'path', 'paths', 'dir', 'directory', 'location', 'mount', 'name', 'names', 'id', 'ids', 'ref', 'refs',
  'reference', 'type', 'kind', 'length', 'len', 'size', 'ttl', 'expiry', 'expires', 'expiration', 'lifetime',
  'timeout', 'duration', 'age', 'interval', 'enabled', 'enable', 'disabled', 'disable', 'required', 'mode',
  'policy', 'format', 'version', 'header', 'prefix', 'suffix', 'issuer', 'audience', 'algorithm', 'alg',
  'count', 'max', 'min', 'limit', 'rotation', 'user', 'username', 'login', 'email', 'provider', 'method',
  'scope', 'scopes', 'field', 'selector', 'namespace', 'label', 'annotation', 'hash', 'strategy', 'store',
  'backend', 'manager', 'template', 'generator', 'class', 'sha', 'sha256', 'fingerprint', 'hint', 'regex',
  'pattern', 'schema', 'source', 'sources', 'tokens', 'usage', 'env', 'var', 'variable', 'cert', 'crt', 'ca',
  'pem', 'pub', 'public', 'annotations', 'labels', 'policy', 'created', 'updated', 'at', 'date',
]);
/** A first token that makes the name a setting, not a value (`existingSecret`, `createSecret`, `useToken`). */
const SETTING_PREFIX = new Set(['existing', 'use', 'create', 'generate', 'enable', 'enabled', 'disable', 'require', 'allow', 'show', 'skip', 'mount', 'auto', 'is', 'has', 'should', 'with', 'without', 'no', 'num', 'max', 'min', 'public', 'pub']);
/** Whole names that read as sensitive but are not (`PWD` is the working directory). */
const NOT_SENSITIVE = new Set(['pwd', 'oldpwd', 'max tokens', 'public key', 'key id', 'pass through', 'passthrough']);

/**
 * How strongly `name` says it holds a secret: `'strong'`, `'weak'`, or `undefined` for a name that does not
 * (including names *about* a secret: `PASSWORD_FILE`, `SECRET_NAME`, `TOKEN_URL`, `existingSecret`).
 */
export function classifyName(name: string): NameStrength | undefined {
  const tokens = nameTokens(name);
  if (tokens.length === 0) return undefined;
  const joined = tokens.join(' ');
  if (NOT_SENSITIVE.has(joined)) return undefined;
  const last = tokens[tokens.length - 1] as string;
  if (tokens.length > 1 && NOT_THE_SECRET.has(last)) return undefined;
  if (tokens.length > 1 && SETTING_PREFIX.has(tokens[0] as string)) return undefined;
  // `passwordKey: password` / `tokenKey` name the key inside a Secret that holds the value (a Helm idiom).
  const keyOfSecret = last === 'key' && tokens.length > 1 && ['password', 'passwd', 'token'].includes(tokens[tokens.length - 2] as string);
  if (keyOfSecret) return 'weak';
  let weak = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (STRONG.has(t)) return 'strong';
    if (i + 1 < tokens.length && PAIRS.has(`${t} ${tokens[i + 1]}`)) return 'strong';
    if (WEAK.has(t)) weak = true;
  }
  // A bare `key` is too common (`key: app`) unless it is the whole of a short compound like `ssh_key`.
  if (weak && tokens.length === 1 && last === 'key') return undefined;
  return weak ? 'weak' : undefined;
}

/** True when `name` is strong, or weak and `value` looks random enough to be a secret. */
export function nameSaysSecret(name: string, value: string): boolean {
  const s = classifyName(name);
  return s === 'strong' || (s === 'weak' && looksRandom(value));
}

/** At least 8 characters without spaces, two character classes mixed, 5+ distinct characters, not a dashed identifier. */
export function looksRandom(value: string): boolean {
  const v = value.trim();
  if (v.length < 8 || /\s/.test(v)) return false;
  if (/^[a-z]+(?:[-_.][a-z]+)*$/.test(v)) return false; // an identifier like `user-password`
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
  return classes >= 2 && new Set(v).size >= 5;
}
