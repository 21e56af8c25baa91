/**
 * The SOPS tree (sops.TreeBranch) and its scalar types, with sops' plaintext serialisation (`ToBytes`
 * in sops.go, `Encrypt`/`Decrypt` in aes/cipher.go). Stores turn files into this tree and back.
 */
/** A comment line (text after `#`); `inline` when it followed a value on the same line. */
export interface Comment {
    kind: 'comment';
    text: string;
    inline?: boolean;
}
export interface IntValue {
    kind: 'int';
    value: bigint;
}
export interface FloatValue {
    kind: 'float';
    value: number;
}
/** A YAML timestamp, kept as Go's RFC3339Nano text (what `time.Time.MarshalText` gives). */
export interface TimeValue {
    kind: 'time';
    text: string;
}
/** Raw bytes that are not UTF-8 (binary store, legacy `type:bytes`). */
export interface BytesValue {
    kind: 'bytes';
    value: Uint8Array;
}
export type Scalar = string | boolean | null | IntValue | FloatValue | TimeValue | BytesValue;
export interface Branch {
    kind: 'branch';
    items: BranchItem[];
}
export type BranchItem = Comment | {
    key: string;
    value: Value;
};
/** A list's elements may be comments too (sops keeps them in place, see walkSlice). */
export type Value = Scalar | Branch | Value[] | Comment;
export declare const int: (value: bigint) => IntValue;
export declare const float: (value: number) => FloatValue;
export declare const comment: (text: string, inline?: boolean) => Comment;
export declare const branch: (items?: BranchItem[]) => Branch;
export declare function isComment(v: unknown): v is Comment;
export declare function isBranch(v: unknown): v is Branch;
/** The `type:` tag sops writes for a plaintext value. */
export type SopsType = 'str' | 'int' | 'float' | 'bool' | 'time' | 'comment' | 'bytes';
/** sops' `ToBytes` plus the type tag: the bytes that are encrypted and fed to the MAC. */
export declare function toBytes(v: Scalar | Comment): {
    bytes: Uint8Array;
    type: SopsType;
};
/**
 * Decrypted bytes back to a value by their type tag (aes/cipher.go Decrypt).
 * @returns undefined when the bytes are not valid for the type (or the type is unknown).
 */
export declare function fromBytes(bytes: Uint8Array, type: string): Scalar | Comment | undefined;
/** Go's `strconv.FormatFloat(v, 'f', -1, 64)`: shortest round-trip digits, never an exponent. */
export declare function formatFloatF(v: number): string;
/** Go's `strconv.FormatFloat(v, 'g', -1, 64)` (exponent when it is < -4 or >= 6) with yaml.v3's names for the specials. */
export declare function formatFloatG(v: number): string;
