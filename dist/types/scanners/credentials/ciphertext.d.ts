import type { ParsedFile } from '../../parse/types.js';
/** A half-open range of UTF-16 offsets `[start, end)`. */
export type Range = readonly [number, number];
/**
 * Where `text` holds ciphertext, which is never a credential: age armor, PGP messages, SOPS `ENC[…]`
 * values and SealedSecret `encryptedData` values (from the parsed manifests when the file parses, and by
 * their shape otherwise).
 */
export declare function ciphertextRanges(text: string, parsed: (() => ParsedFile) | undefined): Range[];
/** Ranges prepared for `insideAny`: sorted by start, with the running maximum of their ends. */
export interface RangeSet {
    starts: number[];
    reach: number[];
}
/** Sorts `ranges` for lookups in O(log n). */
export declare function rangeSet(ranges: readonly Range[]): RangeSet;
/** True when `[start, end)` lies inside one of the ranges. */
export declare function insideAny(set: RangeSet, start: number, end: number): boolean;
