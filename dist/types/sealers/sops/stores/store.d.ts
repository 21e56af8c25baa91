import type { Branch, Value } from '../values.js';
/** The file formats sops knows (cmd/sops/formats). */
export type SopsFormat = 'yaml' | 'json' | 'dotenv' | 'ini' | 'binary';
export declare const SOPS_FORMATS: readonly SopsFormat[];
export interface LoadedFile {
    docs: Branch[];
    /** The `sops` block as plain data (for readSopsMetadata), or undefined when the file has none. */
    metadata: unknown;
}
/**
 * Converts one file format to and from the SOPS tree. Load functions throw SealgateError('INPUT')
 * (with a line where known, without a file: the caller adds it) and never quote file content.
 */
export interface Store {
    format: SopsFormat;
    /** A plaintext file as documents (a top-level `sops` key is kept, so the caller can refuse it). */
    loadPlain(bytes: Uint8Array): Branch[];
    /** An encrypted file: documents without their `sops` block, and the block. */
    loadEncrypted(bytes: Uint8Array): LoadedFile;
    emitPlain(docs: readonly Branch[]): string | Uint8Array;
    emitEncrypted(docs: readonly Branch[], metadata: Branch): string;
    /** One value on its own (`decrypt --extract`). */
    emitValue(v: Value): string | Uint8Array;
}
