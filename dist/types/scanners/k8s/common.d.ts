/** Pieces every manifest detector shares: building a detection for a place in a manifest, and wording. */
import type { Detection, KubernetesRef, RuleMeta, Severity } from '../../findings/finding.js';
import type { ManifestDoc, Span } from '../../parse/types.js';
import type { Scanner, ScanInput } from '../scanner.js';
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
/**
 * A scanner that looks at each manifest of a file on its own (most manifest rules). `wants` is a cheap
 * look at the raw text (a word the rule cannot do without, e.g. `Secret`): when it says no, the file is not
 * parsed for this rule. Parsing dominates the cost of a scan, and most YAML files concern no rule.
 */
export declare function perDocumentScanner(id: string, rules: readonly RuleMeta[], wants: (input: ScanInput) => boolean, detect: (doc: ManifestDoc, input: ScanInput) => Detection[]): Scanner;
/** A `wants` test: the text contains `word` (case-sensitive, as Kubernetes kinds and keys are). */
export declare function mentions(...words: string[]): (input: ScanInput) => boolean;
