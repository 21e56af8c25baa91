/** Pieces every manifest detector shares: building a detection for a place in a manifest, and wording. */
import type { Detection, KubernetesRef, RuleMeta, Severity } from '../../findings/finding.js';
import type { ManifestDoc, Span } from '../../parse/types.js';
export interface DetectionFields {
    message: string;
    severity?: Severity;
    /** The raw secret (fingerprinted and redacted by the pipeline; never put it in `message`). */
    secret?: string;
    kubernetes?: KubernetesRef;
    fix?: 'seal' | 'sops';
}
/**
 * A detection of `rule` at `span` inside `doc`: kept when any line of the document is added, and with an
 * identity that tells a last-applied copy apart from the object itself.
 */
export declare function manifestDetection(rule: RuleMeta, doc: ManifestDoc, span: Span, f: DetectionFields): Detection;
/** `default/db-credentials`, `db-credentials`, or `(unnamed)`. */
export declare function objectName(name: string | undefined, namespace: string | undefined): string;
/** Words to append to a message about where in the file the object is, when it is not a plain document. */
export declare function originSuffix(doc: ManifestDoc): string;
/** A Kubernetes ref with only the fields that are known. */
export declare function kubeRef(kind: string, name: string | undefined, namespace: string | undefined, key: string | undefined): KubernetesRef;
/** `data.password`, or `data["tls.key"]` when the key is not a plain identifier: a field path for messages. */
export declare function fieldPath(field: string, key: string): string;
