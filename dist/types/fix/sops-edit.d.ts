import type { ParsedFile } from '../parse/types.js';
import type { SopsKeys } from './policy.js';
/**
 * Encrypts the whole file at `path` (its text, without BOM) for `keys`.
 * @returns the encrypted file's text.
 * @throws SealgateError('INPUT') naming the file when it is not a YAML/JSON file of Secrets only.
 */
export declare function encryptFile(path: string, text: string, parsed: ParsedFile, keys: SopsKeys): Promise<string>;
