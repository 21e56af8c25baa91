/**
 * Splits `secret` into `parts` shares, any `threshold` of which recover it.
 * @throws SealgateError('USAGE') unless 2 <= threshold <= parts <= 255.
 */
export declare function splitSecret(secret: Uint8Array, parts: number, threshold: number): Uint8Array[];
/**
 * Recovers the secret from shares (Lagrange interpolation at x = 0).
 * @throws SealgateError('CRYPTO') for shares of different lengths or repeated x coordinates.
 */
export declare function combineShares(shares: readonly Uint8Array[]): Uint8Array;
