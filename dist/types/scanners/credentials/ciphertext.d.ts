import type { ParsedFile } from '../../parse/types.js';
/** A half-open range of UTF-16 offsets `[start, end)`. */
export type Range = readonly [number, number];
/**
 * Where `text` holds ciphertext, which is never a credential: age armor, PGP messages, SOPS `ENC[…]`
 * values and SealedSecret `encryptedData` values (from the parsed manifests when the file parses, and by
 * their shape otherwise).
 */
export declare function ciphertextRanges(text: string, parsed: (() => ParsedFile) | undefined): Range[];
/** True when `[start, end)` lies inside one of `ranges`. */
export declare function insideAny(ranges: readonly Range[], start: number, end: number): boolean;
