/**
 * Deterministic fake secrets for rule examples: random-looking strings built at load time, so no
 * token-shaped literal sits in the source (scanners run over this repository too) and examples stay stable.
 */
export declare const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
export declare const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export declare const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
export declare const HEX = "0123456789abcdef";
/** `n` characters of `alphabet` from a seeded xorshift generator: the same seed always gives the same string. */
export declare function sample(alphabet: string, n: number, seed?: number): string;
/** Base64 text wrapped at 64 columns, as in PEM bodies. */
export declare function pemBody(bytes: number, seed?: number): string;
/** A PEM block with a fake body. */
export declare function pem(label: string, bytes: number, seed?: number, headers?: string): string;
/** base64url without padding, as in JWT segments. */
export declare function base64url(s: string): string;
