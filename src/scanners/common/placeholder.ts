/**
 * One classifier, shared by the scanners, for "this value is not a real secret" (placeholders, templates,
 * references, example keys) and "this key names something sensitive" (password, token, api key…).
 */

/** Whole values that stand in for a secret. Compared lower-cased, with `-`, `_`, `.` and spaces removed. */
const PLACEHOLDER_WORDS = new Set([
  'changeme', 'changeit', 'changethis', 'replaceme', 'replacethis', 'fillme', 'fillmein', 'setme', 'todo', 'tbd', 'fixme',
  'placeholder', 'redacted', 'removed', 'hidden', 'masked', 'secret', 'secrets', 'password', 'passwd', 'pass', 'pwd',
  'passw0rd', 'p4ssw0rd', 'pa55word', 'token', 'apikey', 'key', 'mypassword', 'yourpassword', 'mysecret', 'yoursecret',
  'mytoken', 'yourtoken', 'myapikey', 'yourapikey', 'dummy', 'dummypassword', 'dummysecret', 'dummytoken', 'example',
  'sample', 'test', 'testing', 'tester', 'testpassword', 'testsecret', 'testtoken', 'fake', 'fakepassword', 'faketoken',
  'foo', 'bar', 'baz', 'foobar', 'qux', 'none', 'null', 'nil', 'undefined', 'empty', 'default', 'unset', 'notset',
  'true', 'false', 'yes', 'no', 'on', 'off', 'admin', 'root', 'user', 'guest', 'demo', 'abc', 'abc123', 'asdf', 'qwerty',
  'qwerty123', 'letmein', 'welcome', 'welcome1', 'password1', 'password123', 'secret123', 'test123', 'admin123',
  'pass123', 'hunter2', 'string', 'str', 'bytes', 'value', 'xxx', 'na', 'n/a',
]);

/** Substrings that mark a value as a stand-in wherever they occur. */
const PLACEHOLDER_PARTS = /example|placeholder|changeme|change[_-]me|replace[_-]?me|redacted|dummy|your[_-]?(?:own[_-]?)?(?:api[_-]?)?(?:key|token|secret|pass)|insert[_-]?(?:your|key|token)|fake[_-]?(?:key|token|secret|pass)|not[_-]?a[_-]?(?:real[_-]?)?(?:secret|key|token|password)|do[_-]?not[_-]?use/i;

/** Template, variable and reference syntaxes: `${X}`, `$(X)`, `{{ x }}`, `<x>`, `%X%`, `$X`, `#{x}`, `@X@`, `[[x]]`. */
const TEMPLATE =
  /^(?:\$\{[^}]{0,200}\}|\$\([^)]{0,200}\)|\{\{[^}]{0,200}\}\}|<[^<>\s][^<>]{0,200}>|%[\w.-]{1,100}%|\$[A-Za-z_][\w.]{0,100}|#\{[^}]{0,200}\}|@[\w.-]{1,100}@|\[\[[^\]]{0,200}\]\]|\{[A-Za-z_][\w.-]{0,100}\})$/;

/** Any template/reference syntax inside the value (a value built from a variable is not a literal secret). */
const TEMPLATE_INSIDE = /\$\{[^}\s]{1,200}\}|\{\{[^}]{0,200}\}\}|\$\([^)\s]{1,200}\)|\$\{\{/;

/** Nothing but HTML character references (`&#9745;`, `&amp;`): a glyph in markup, e.g. `{ pass: '&#9745;' }`. */
const HTML_CHARACTERS = /^(?:&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)+$/;

/**
 * True when `value` is a placeholder rather than a secret: a stand-in word (`changeme`, `<your-token>`,
 * `xxxxxxxx`), a template or variable reference (`${PASSWORD}`, `{{ .Values.x }}`, `$(VAR)`), an example key
 * (`AKIAIOSFODNN7EXAMPLE`), a run of one repeated character, or a sequential run (`12345678`, `abcdefgh`).
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  const squeezed = v.toLowerCase().replace(/[-_. ]/g, '');
  if (PLACEHOLDER_WORDS.has(squeezed)) return true;
  if (PLACEHOLDER_PARTS.test(v)) return true;
  if (TEMPLATE.test(v) || TEMPLATE_INSIDE.test(v)) return true;
  if (isMaskLike(v)) return true;
  if (HTML_CHARACTERS.test(v)) return true;
  return isSequential(squeezed);
}

/** `xxxxxxxx`, `********`, `0000000000`, or a value that is more than half one repeated run (`ghp_xxxxxxxx…`). */
function isMaskLike(v: string): boolean {
  let longest = 1;
  let run = 1;
  for (let i = 1; i < v.length; i++) {
    run = v.charCodeAt(i) === v.charCodeAt(i - 1) ? run + 1 : 1;
    if (run > longest) longest = run;
  }
  if (v.length >= 3 && longest === v.length) return true;
  if (longest >= 6 && /^[xX*#.•0-]$/.test(v[v.search(/(.)\1{5}/)] ?? '')) return true;
  return longest >= 8 && longest * 2 >= v.length;
}

function isSequential(s: string): boolean {
  if (s.length < 6) return false;
  const alphabets = ['0123456789012345678901234567890', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiopasdfghjklzxcvbnm'];
  return alphabets.some((a) => a.includes(s));
}

/** Key-name words that, alone, mean "the value is a credential". */
const SENSITIVE_WORDS = new Set([
  'password', 'passwd', 'passphrase', 'pass', 'pwd', 'secret', 'secrets', 'token', 'tokens', 'apikey', 'apikeys',
  'credential', 'credentials', 'creds', 'dsn', 'privatekey', 'secretkey', 'accesskey', 'authkey', 'apitoken',
  'accesstoken', 'authtoken', 'clientsecret', 'masterkey', 'connectionstring', 'passcode',
]);
/** Two words that together mean a credential (`api key`, `private key`, …), keyed by the first. */
const SENSITIVE_PAIRS: Record<string, readonly string[]> = {
  api: ['key', 'keys', 'token', 'secret'],
  access: ['key', 'token', 'secret'],
  private: ['key'],
  secret: ['key'],
  auth: ['key', 'token'],
  client: ['secret', 'key'],
  signing: ['key', 'secret'],
  encryption: ['key'],
  session: ['key', 'secret'],
  master: ['key'],
  connection: ['string'],
  account: ['key'],
  shared: ['key', 'secret'],
  app: ['secret', 'key', 'token'],
  bearer: ['token'],
  refresh: ['token'],
  webhook: ['secret'],
};
/** A last word that makes the key *about* a credential: `secretName`, `passwordFile`, `token_url`. */
const ABOUT_WORDS = new Set([
  'name', 'names', 'file', 'files', 'path', 'paths', 'dir', 'ref', 'refs', 'url', 'uri', 'urls', 'endpoint', 'host',
  'length', 'len', 'size', 'min', 'max', 'policy', 'policies', 'hash', 'hashed', 'digest', 'type', 'types', 'format',
  'field', 'env', 'var', 'variable', 'header', 'prefix', 'suffix', 'regex', 'pattern', 'expiry', 'expires',
  'expiration', 'ttl', 'timeout', 'lifetime', 'id', 'ids', 'count', 'enabled', 'enable', 'disabled', 'required',
  'provider', 'store', 'manager', 'mount', 'volume', 'template', 'selector', 'generator', 'rotation', 'version', 'label',
  'placeholder', 'hint', 'prompt', 'mode', 'method', 'scheme', 'strategy', 'source', 'location', 'command', 'cmd',
  'script', 'reset', 'changed', 'updated', 'created', 'at', 'helper', 'validator', 'validation', 'encoder', 'strength',
  'salt', 'algorithm', 'algo', 'kind', 'class', 'module', 'namespace', 'index', 'annotation', 'annotations', 'keys',
  'arn', 'backend', 'engine', 'role', 'service', 'resource', 'usage', 'help', 'description', 'text', 'message', 'error',
  'label', 'title', 'input', 'form', 'dialog', 'button', 'reader', 'loader', 'resolver', 'factory', 'handler',
]);
/** A first word that makes the key *about* a credential: `existingSecret`, `useSecret`, `forgotPassword`. */
const ABOUT_FIRST_WORDS = new Set([
  'existing', 'external', 'use', 'has', 'is', 'no', 'show', 'hide', 'generate', 'generated', 'forgot', 'reset', 'confirm',
  'verify', 'validate', 'check', 'allow', 'require', 'need', 'needs', 'create', 'get', 'set', 'read', 'load', 'fetch',
  'skip', 'disable', 'enable', 'with', 'without', 'invalid', 'missing', 'random',
]);

/** Splits `dbPassword`, `DB_PASSWORD`, `x-api-key`, `db.password` into lower-case words. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * True when the key `name` (e.g. `DB_PASSWORD`, `client_secret`, `apiKey`) names a credential rather than
 * something about one (`secretName`, `passwordFile`, `existingSecret`, `token_url`, `accessKeyId`).
 */
export function isSensitiveName(name: string): boolean {
  const w = words(name);
  let at = -1;
  let end = -1;
  for (let i = 0; i < w.length && at < 0; i++) {
    const word = w[i] as string;
    const pair = SENSITIVE_PAIRS[word];
    if (pair !== undefined && i + 1 < w.length && pair.includes(w[i + 1] as string)) {
      at = i;
      end = i + 2;
    } else if (SENSITIVE_WORDS.has(word) || /(?:password|passwd|secret|token|apikey)$/.test(word)) {
      at = i;
      end = i + 1;
    }
  }
  if (at < 0) return false;
  const last = w[w.length - 1] as string;
  if (end < w.length && ABOUT_WORDS.has(last)) return false;
  return !ABOUT_FIRST_WORDS.has(w[0] as string) || at === 0;
}
