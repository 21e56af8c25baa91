/**
 * The encrypted-value syntax `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]` (sops aes/cipher.go), parsed
 * without a backtracking regex: sops' `^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]` has
 * greedy groups and no `$`, so each field ends at the last separator that still leaves the rest valid.
 */
export interface EncValue {
    data: string;
    iv: string;
    tag: string;
    type: string;
}
/** @returns the fields of an encrypted value, or undefined when `s` is not one. */
export declare function parseEncValue(s: string): EncValue | undefined;
/** True when `s` is an encrypted value (what the scanner counts as "encrypted"). */
export declare function isEncValue(s: string): boolean;
