import type { Store } from './store.js';
export declare const yamlStore: Store;
/**
 * UTF-8 text of a file (a BOM is dropped).
 * @throws SealgateError('INPUT') for bytes that are not UTF-8: replacing them would silently change the
 *   values that get encrypted (sops' YAML parser refuses such files too).
 */
export declare function decodeText(bytes: Uint8Array): string;
