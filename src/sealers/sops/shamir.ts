/**
 * Shamir secret sharing over GF(2^8) as sops uses it for several key groups (sops shamir/shamir.go, from
 * HashiCorp Vault): each share is the secret's length in polynomial values plus one trailing x byte.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { SealgateError } from '../../errors.ts';

function mult(a: number, b: number): number {
  let r = 0;
  for (let i = 7; i >= 0; i--) {
    r = ((-((b >> i) & 1) & a) ^ (-(r >> 7) & 0x1b) ^ (r + r)) & 0xff;
  }
  return r;
}

/** a^254 = a^-1 in GF(2^8). */
function inverse(a: number): number {
  let b = mult(a, a);
  let c = mult(a, b);
  b = mult(c, c);
  b = mult(b, b);
  c = mult(b, c);
  b = mult(b, b);
  b = mult(b, b);
  b = mult(b, c);
  b = mult(b, b);
  b = mult(a, b);
  return mult(b, b);
}

function div(a: number, b: number): number {
  return a === 0 ? 0 : mult(a, inverse(b));
}

/**
 * Splits `secret` into `parts` shares, any `threshold` of which recover it.
 * @throws SealgateError('USAGE') unless 2 <= threshold <= parts <= 255.
 */
export function splitSecret(secret: Uint8Array, parts: number, threshold: number): Uint8Array[] {
  if (threshold < 2 || parts < threshold || parts > 255) {
    throw new SealgateError('USAGE', `Shamir secret sharing needs 2 <= threshold (${threshold}) <= key groups (${parts}) <= 255`);
  }
  const xs: number[] = [];
  while (xs.length < parts) {
    const x = randomInt(1, 256);
    if (!xs.includes(x)) xs.push(x);
  }
  const out = xs.map((x) => {
    const share = new Uint8Array(secret.length + 1);
    share[secret.length] = x;
    return share;
  });
  for (const [idx, val] of secret.entries()) {
    const coefficients = [val, ...randomBytes(threshold - 1)];
    for (const [i, x] of xs.entries()) {
      let y = coefficients[coefficients.length - 1] as number;
      for (let k = coefficients.length - 2; k >= 0; k--) y = mult(y, x) ^ (coefficients[k] as number);
      (out[i] as Uint8Array)[idx] = y;
    }
  }
  return out;
}

/**
 * Recovers the secret from shares (Lagrange interpolation at x = 0).
 * @throws SealgateError('CRYPTO') for shares of different lengths or repeated x coordinates.
 */
export function combineShares(shares: readonly Uint8Array[]): Uint8Array {
  const len = shares[0]?.length ?? 0;
  if (shares.length < 2 || len < 2 || shares.some((s) => s.length !== len)) throw new SealgateError('CRYPTO', 'invalid Shamir key shares');
  const xs = shares.map((s) => s[len - 1] as number);
  if (new Set(xs).size !== xs.length) throw new SealgateError('CRYPTO', 'duplicate Shamir key shares');
  const secret = new Uint8Array(len - 1);
  for (let idx = 0; idx < len - 1; idx++) {
    let result = 0;
    for (let i = 0; i < shares.length; i++) {
      let basis = 1;
      for (let j = 0; j < shares.length; j++) {
        if (i === j) continue;
        basis = mult(basis, div(xs[j] as number, (xs[i] as number) ^ (xs[j] as number)));
      }
      result ^= mult((shares[i] as Uint8Array)[idx] as number, basis);
    }
    secret[idx] = result;
  }
  return secret;
}
