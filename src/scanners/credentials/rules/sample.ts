/**
 * Deterministic fake secrets for rule examples: random-looking strings built at load time, so no
 * token-shaped literal sits in the source (scanners run over this repository too) and examples stay stable.
 */

export const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';

/** `n` characters of `alphabet` from a seeded xorshift generator: the same seed always gives the same string. */
export function sample(alphabet: string, n: number, seed = 1): string {
  let x = (seed * 2654435761) >>> 0 || 1;
  let out = '';
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

/** Base64 text wrapped at 64 columns, as in PEM bodies. */
export function pemBody(bytes: number, seed = 1): string {
  const s = sample(BASE64, Math.ceil((bytes * 4) / 3), seed);
  return (s.match(/.{1,64}/g) ?? []).join('\n');
}

/** A PEM block with a fake body. */
export function pem(label: string, bytes: number, seed = 1, headers = ''): string {
  return `-----BEGIN ${label}-----\n${headers}${pemBody(bytes, seed)}\n-----END ${label}-----`;
}

/** base64url without padding, as in JWT segments. */
export function base64url(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64url');
}
