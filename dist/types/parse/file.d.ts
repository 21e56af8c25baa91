import type { ParsedFile } from './types.js';
/**
 * Parses a file's text as Kubernetes manifests (YAML documents or JSON). Never throws: syntax problems
 * become diagnostics and the documents that did parse are still returned.
 * (Minimal version; the foundation issue extends it with Helm, List, last-applied and limits.)
 */
export declare function parseFile(path: string, text: string): ParsedFile;
