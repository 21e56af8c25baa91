/**
 * Redaction: at most the first and last 4 characters survive (one per five characters of the value, so
 * never more than 40% of it); values under 8 characters are fully masked. The middle never survives.
 */
export declare function redact(secret: string): string;
