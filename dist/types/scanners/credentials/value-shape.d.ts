/**
 * Shapes of values that sit where a secret could, but are not one: references in code, paths, URLs,
 * UUIDs, digests, resource names, type names. Used by the generic rules, whose keys say "secret" but whose
 * values often do not.
 */
/** True for source-code files, where an unquoted value after `password =` is an expression, not a literal. */
export declare function isCodePath(path: string): boolean;
/** `cfg.Password`, `os.getenv("X")`, `this.secret`, `env::var`, `props[key]`, `await x()`: an expression. */
export declare function isExpression(v: string): boolean;
/** `/etc/secret/token`, `./certs/key.pem`, `~/.ssh/id_rsa`, `C:\keys\a.pfx`, `secrets/db.txt`. */
export declare function isFilePath(v: string): boolean;
/** An URL without a password in it (a token endpoint, a vault address). */
export declare function isPlainUrl(v: string): boolean;
export declare function isUuid(v: string): boolean;
/** `sha256:…` image digests, `sha512-…` lockfile integrity strings, `md5:…`. */
export declare function isDigest(v: string): boolean;
/**
 * A Kubernetes-style resource or key name made of words (`db-credentials`, `my-app.secret`, `tls_key`):
 * lower-case letter words joined by `-`, `.` or `_`, with at most short numbers.
 */
export declare function isNameLike(v: string): boolean;
/** Type names and type annotations: `string`, `str`, `String?`, `Optional[str]`, `string | undefined`. */
export declare function isTypeName(v: string): boolean;
/** `base64(-----BEGIN …)`: a PEM block in base64 (a certificate, or a key the decoder will look inside). */
export declare function isBase64Pem(v: string): boolean;
/** A semantic version, a date, an IP address or a plain number. */
export declare function isNumberLike(v: string): boolean;
/** Number of character classes (lower, upper, digit, other) in `v`. */
export declare function characterClasses(v: string): number;
/** The key name that ends right where `offset` starts, scanning back over `[\w.$-]` (at most 80 characters). */
export declare function keyBefore(text: string, offset: number): string;
