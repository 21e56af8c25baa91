/**
 * Finding encoded text worth decoding: base64 (standard or URL-safe), hex and percent-encoding. Only
 * segments that decode to mostly printable text are returned, so binary blobs cost one decode each.
 */
export type Encoding = 'base64' | 'hex' | 'percent';
export interface EncodedSegment {
    /** Offsets of the encoded text in the text it was found in. */
    start: number;
    end: number;
    encoding: Encoding;
    decoded: string;
}
/**
 * The encoded segments of `text` that decode to text, in order of position; at most `budget` decoded
 * characters in all (the rest are not decoded).
 */
export declare function encodedSegments(text: string, budget?: number): EncodedSegment[];
/**
 * Start and end offsets (pairs) of what `/[A-Za-z0-9+/_-]{20,}={0,2}/g` and
 * `/(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}){16,}(?![0-9A-Fa-f])/g` match — a base64-alphabet run of at least
 * 20 characters with up to two `=` after it, and a whole hex run of even length, at least 32 — found in
 * one pass over the text. (The regexes restart inside every shorter run, which made them most of the
 * cost of scanning prose and code.)
 */
export declare function candidateRuns(text: string): {
    hex: number[];
    base64: number[];
};
