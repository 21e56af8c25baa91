import { type Document, type Node } from 'yaml';
import { LineIndex } from '../../position.js';
export type ManifestFormat = 'yaml' | 'json';
/** One Kubernetes object read from a file, with what is needed to point at its lines. */
export interface ManifestObject {
    /** The object as plain data (YAML 1.2 core schema; JSON as JSON). */
    value: unknown;
    /** Its YAML node, for positions and original scalar text (undefined when the positions are unknown). */
    node: Node | undefined;
    /** The file as the user named it. */
    file: string;
    /** 1-based line where the object starts. */
    line: number;
    /** The YAML document (or JSON value) it belongs to, 0-based; `item` when it is an item of a `kind: List`. */
    index: number;
    item?: number;
}
/** A file of manifests: its format, its documents in order, and (YAML) the documents for in-place edits. */
export interface ManifestFile {
    format: ManifestFormat;
    file: string;
    objects: ManifestObject[];
    /** The parsed YAML documents, parallel to `objects` (YAML input only). */
    documents: Document[];
    lines: LineIndex;
}
/**
 * Reads YAML documents (`---`-separated) or JSON values (one, or several concatenated, as kubectl and
 * kubeseal accept). Empty documents are skipped.
 * @throws SealgateError('INPUT') naming the file and line of a syntax error (never quoting the text).
 */
export declare function readManifests(text: string, file: string): ManifestFile;
/**
 * Replaces each `kind: List` (or `…List`) object by its items, keeping positions. Other objects pass through.
 */
export declare function expandLists(objects: readonly ManifestObject[], lines: LineIndex): ManifestObject[];
/** 1-based line of the node at `path` inside `object` (the nearest existing ancestor's line otherwise). */
export declare function lineAt(object: ManifestObject, path: readonly (string | number)[], lines: LineIndex): number;
/** The original text of a plain scalar at `path` (e.g. `0x1F` for a number), when the object came from YAML. */
export declare function scalarSource(object: ManifestObject, path: readonly (string | number)[]): string | undefined;
/**
 * Serializes objects as kubeseal prints them. JSON: 2-space indent in the objects' key order, Go's escaping
 * of `<`, `>`, `&`, U+2028 and U+2029, each value followed by a newline. YAML: each document after `---`,
 * keys sorted, sequences not indented, and strings that YAML 1.1 (kubectl) would misread quoted.
 */
export declare function serializeManifests(objects: readonly unknown[], format: ManifestFormat): string;
/** `JSON.stringify` with 2-space indent and Go's HTML-safe escaping. */
export declare function goJson(value: unknown): string;
/** Output format from a file name's extension: `.json` → json, `.yaml`/`.yml` → yaml, else undefined. */
export declare function formatFromPath(path: string): ManifestFormat | undefined;
export declare function isRecord(v: unknown): v is Record<string, unknown>;
/**
 * Sets `path` to the string `value` in an object read from a file, creating maps on the way: in the plain
 * value and, for YAML, in its node too, so `serializeEdited` keeps comments and layout. A string YAML 1.1
 * would misread (`yes`, `0755`, …) is written double-quoted.
 */
export declare function setString(object: ManifestObject, format: ManifestFormat, path: readonly string[], value: string): void;
/**
 * Prints a file after `setString` edits: YAML documents with their comments and layout (sequence
 * indentation as the file had it), JSON values re-indented by 2 in their key order.
 */
export declare function serializeEdited(file: ManifestFile): string;
