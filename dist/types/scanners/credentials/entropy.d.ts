/** Shannon entropy of `s` in bits per character (UTF-16 code units); 0 for the empty string. */
export declare function shannonEntropy(s: string): number;
