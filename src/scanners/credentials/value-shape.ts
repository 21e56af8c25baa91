/**
 * Shapes of values that sit where a secret could, but are not one: references in code, paths, URLs,
 * UUIDs, digests, resource names, type names. Used by the generic rules, whose keys say "secret" but whose
 * values often do not.
 */

const CODE_EXTENSIONS =
  /\.(?:[cm]?[jt]sx?|go|py|pyi|rb|java|kt|kts|scala|groovy|gradle|cs|fs|vb|php|rs|swift|c|cc|cpp|cxx|h|hh|hpp|m|mm|dart|lua|pl|pm|r|jl|ex|exs|erl|hs|clj|cljs|vue|svelte)$/i;

/** True for source-code files, where an unquoted value after `password =` is an expression, not a literal. */
export function isCodePath(path: string): boolean {
  return CODE_EXTENSIONS.test(path);
}

/** `cfg.Password`, `os.getenv("X")`, `this.secret`, `env::var`, `props[key]`, `await x()`: an expression. */
export function isExpression(v: string): boolean {
  if (/[()[\]{}]/.test(v) || /^(?:await|new|typeof)\b/.test(v)) return true;
  if (!/^[A-Za-z_$][\w$]*(?:(?:\.|::|->|\?\.)[A-Za-z_$][\w$]*)+$/.test(v)) return false;
  // A member chain of identifiers, unless a part looks random (a JWT is three dotted base64url parts).
  return v.split(/\.|::|->|\?\./).every((part) => part.length < 16 || !/\d/.test(part));
}

/** `/etc/secret/token`, `./certs/key.pem`, `~/.ssh/id_rsa`, `C:\keys\a.pfx`, `secrets/db.txt`. */
export function isFilePath(v: string): boolean {
  if (/^(?:~|\.{1,2})?\/[\w.@/-]*$/.test(v) || /^[A-Za-z]:\\[\w.\\ -]*$/.test(v)) return true;
  return /^[\w.-]+(?:\/[\w.-]+)+\.[a-z]{1,5}$/i.test(v);
}

/** An URL without a password in it (a token endpoint, a vault address). */
export function isPlainUrl(v: string): boolean {
  return /^[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/]*(?:[/?#:]|$)/i.test(v) && !/^[a-z][a-z0-9+.-]*:\/\/[^/\s]*:[^/\s]*@/i.test(v);
}

export function isUuid(v: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
}

/** `sha256:…` image digests, `sha512-…` lockfile integrity strings, `md5:…`. */
export function isDigest(v: string): boolean {
  return /^(?:sha(?:1|224|256|384|512)|md5|blake2b?|xxh\d*)[:-][A-Za-z0-9+/=_-]{16,}$/i.test(v);
}

/**
 * A Kubernetes-style resource or key name made of words (`db-credentials`, `my-app.secret`, `tls_key`):
 * lower-case letter words joined by `-`, `.` or `_`, with at most short numbers.
 */
export function isNameLike(v: string): boolean {
  if (!/^[a-z][a-z0-9]*(?:[-._][a-z0-9]+)+$/.test(v)) return false;
  return v.split(/[-._]/).every((w) => /^[a-z]+$/.test(w) || /^\d{1,4}$/.test(w) || /^v\d{1,3}$/.test(w));
}

/** Type names and type annotations: `string`, `str`, `String?`, `Optional[str]`, `string | undefined`. */
export function isTypeName(v: string): boolean {
  return /^(?:string|str|bytes|number|int|integer|bool|boolean|any|unknown|object|secret|securestring|char|byte|text|varchar|password)\??[;,]?$/i.test(v);
}

/** `base64(-----BEGIN …)`: a PEM block in base64 (a certificate, or a key the decoder will look inside). */
export function isBase64Pem(v: string): boolean {
  return v.startsWith('LS0tLS1CRUdJTi');
}

/** A semantic version, a date, an IP address or a plain number. */
export function isNumberLike(v: string): boolean {
  return /^v?\d+(?:[.:/-]\d+)*(?:[-+][\w.]+)?$/.test(v);
}

/** Number of character classes (lower, upper, digit, other) in `v`. */
export function characterClasses(v: string): number {
  return (/[a-z]/.test(v) ? 1 : 0) + (/[A-Z]/.test(v) ? 1 : 0) + (/\d/.test(v) ? 1 : 0) + (/[^A-Za-z0-9]/.test(v) ? 1 : 0);
}

/** The key name that ends right where `offset` starts, scanning back over `[\w.$-]` (at most 80 characters). */
export function keyBefore(text: string, offset: number): string {
  let i = offset;
  while (i > 0 && offset - i < 80) {
    const c = text.charCodeAt(i - 1);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 36 || c === 45;
    if (!word) break;
    i--;
  }
  return text.slice(i, offset);
}
