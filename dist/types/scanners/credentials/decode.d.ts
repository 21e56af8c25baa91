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
