import { type Branch, type Value } from '../values.js';
import type { Store } from './store.js';
/** Parses a JSON file into one branch. */
export declare function parseJsonDocument(text: string): Value;
/** Go's json.Marshal for a string: HTML-safe escapes, lone surrogates as U+FFFD. */
export declare function goJsonString(s: string): string;
/** Encodes documents as sops' JSON store does (one document only). */
export declare function emitJson(docs: readonly Branch[], metadata?: Branch): string;
export declare const jsonStore: Store;
