/**
 * The `sops` metadata block, read from its plain-data form (what a YAML/JSON parser yields, or the
 * unflattened dotenv/INI keys). Reading is order-insensitive and weakly typed like sops'
 * `stores.metadata.ToInternal` (stores/stores.go); writing in sops 3.13's order lives in the sealer.
 */
import { type Selector } from './selector.js';
export interface SopsAgeKey {
    /** `age1…` (or `ssh-…`) as written. */
    recipient: string;
    /** The data key (or Shamir share) as an armored age file. */
    enc: string;
}
export interface SopsKeyGroup {
    age: SopsAgeKey[];
    /** Key sources sealgate does not handle (`pgp`, `kms`, …), kept as read so they can be reported. */
    other: Record<string, unknown[]>;
}
export interface SopsMetadata {
    keyGroups: SopsKeyGroup[];
    /** True when the groups came from `key_groups` (written back the same way). */
    usesKeyGroups: boolean;
    shamirThreshold: number | undefined;
    /** RFC 3339 as written. */
    lastModified: string;
    /** `ENC[…,type:str]`, or '' in a broken file. */
    mac: string;
    selector: Selector;
    macOnlyEncrypted: boolean;
    version: string;
}
export type MetadataResult = {
    ok: true;
    metadata: SopsMetadata;
} | {
    ok: false;
    error: string;
};
/**
 * Reads the metadata block.
 * @returns `{ok: false, error}` with a short reason (never quoting values) when it is not a valid block.
 */
export declare function readSopsMetadata(block: unknown): MetadataResult;
/**
 * What Go's `time.Parse(RFC3339, s).Format(RFC3339)` gives: fractional seconds dropped, a zero offset
 * written `Z`. sops uses it as the MAC's additional data.
 * @returns undefined when `s` is not an RFC 3339 time.
 */
export declare function normalizeRfc3339(s: string): string | undefined;
/**
 * Turns dotenv/INI metadata keys (`age__list_0__map_enc`, sops' `MetadataFlatten…`) back into nested data.
 * Values keep their string form; `readSopsMetadata` reads them weakly typed.
 */
export declare function unflattenMetadata(flat: ReadonlyMap<string, string>): Record<string, unknown>;
