import type { SopsMetadata } from '../../parse/sops/metadata.js';
import { type Branch, type Value } from './values.js';
/** The sops release whose file format sealgate writes (`version` in the metadata). */
export declare const SOPS_FORMAT_VERSION = "3.13.2";
/**
 * The metadata as an ordered tree, ready for any store. One key group is written flat (`age:`), several
 * as `key_groups`, like sops. The binary store writes no selector.
 * @throws SealgateError('CRYPTO') when a group holds key types sealgate cannot write (pgp, kms, …).
 */
export declare function metadataToBranch(m: SopsMetadata, options: {
    writeSelector: boolean;
}): Branch;
/** A tree value as plain data (strings for scalars other than booleans), for `readSopsMetadata`. */
export declare function toPlain(v: Value): unknown;
/**
 * Flattens the metadata for dotenv and INI (sops' MetadataFlatten…): `age__list_0__map_enc` etc.,
 * keys sorted, newlines left to the store to escape.
 */
export declare function flattenMetadata(b: Branch): [string, string][];
