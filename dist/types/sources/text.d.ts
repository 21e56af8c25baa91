/** Bytes → text for scanning, or undefined for binary content (a NUL byte in the first 8 KiB, as git decides). */
export declare function decodeText(buf: Uint8Array): string | undefined;
