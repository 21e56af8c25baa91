import type { SopsFormat, Store } from './store.js';
export type { SopsFormat, Store, LoadedFile } from './store.js';
export { SOPS_FORMATS } from './store.js';
export declare function storeFor(format: SopsFormat): Store;
/** The format sops picks from a file name (cmd/sops/formats): .yaml/.yml, .json, .env, .ini, else binary. */
export declare function formatFromPath(path: string): SopsFormat;
