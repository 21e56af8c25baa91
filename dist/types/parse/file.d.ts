import type { ParsedFile } from './types.js';
/** Annotations that hold a JSON copy of the whole object as it was last applied. */
export declare const LAST_APPLIED_ANNOTATIONS: readonly string[];
/**
 * True when `path`/`text` may hold Kubernetes manifests and is worth parsing: `.yaml`/`.yml` files, `.json`
 * files that mention `apiVersion`/`kind`/`clusters`, and template or extension-less files (kubeconfigs,
 * `*.tpl`, `values.yaml.gotmpl`) whose first 64 KiB have a top-level manifest key. Cheap: no parsing.
 */
export declare function isManifestCandidate(path: string, text: string): boolean;
/**
 * True when a file of this name may be a manifest candidate, whatever its text: the names
 * `isManifestCandidate` parses or sniffs. False means its text is never parsed as manifests.
 */
export declare function mayHoldManifests(path: string): boolean;
/**
 * Parses a file's text as Kubernetes manifests: multi-document YAML (CRLF, BOM, `...` markers, flow style,
 * anchors with an expansion budget, merge keys), one or several concatenated JSON values, `List` items,
 * and the JSON in last-applied annotations. Helm/Jinja actions are neutralised when the text does not parse
 * as it is. A document the parser rejects is read with the line-based view (`readLines`) and a diagnostic
 * says so. Files that are not manifest candidates get `format: 'text'` and no docs.
 * Never throws: any failure becomes a diagnostic.
 */
export declare function parseFile(path: string, text: string): ParsedFile;
