import type { Store } from './store.js';
export declare const yamlStore: Store;
/** UTF-8 text of a file (a BOM is dropped). */
export declare function decodeText(bytes: Uint8Array): string;
