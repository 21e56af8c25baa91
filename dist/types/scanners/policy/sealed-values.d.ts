import type { ParsedFile } from '../../parse/types.js';
import type { ObjectId } from './inventory.js';
/** The id of one sealed value across versions of a file: `namespace/name/key` of its SealedSecret. */
export declare function sealedValueId(id: Pick<ObjectId, 'name' | 'namespace'>, key: string): string;
/**
 * Every SealedSecret value of a file by `sealedValueId`: the ciphertexts whose last change gives a
 * secret's age. The pipeline compares them across the file's Git versions.
 */
export declare function sealedValues(parsed: ParsedFile): Map<string, string>;
