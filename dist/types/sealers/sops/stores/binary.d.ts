import type { Store } from './store.js';
export declare const binaryStore: Store;
