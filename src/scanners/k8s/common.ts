/** Pieces every manifest detector shares: building a detection for a place in a manifest, and wording. */
import type { Detection, KubernetesRef, RuleMeta, Severity } from '../../findings/finding.ts';
import type { ManifestDoc, Span } from '../../parse/types.ts';
import type { Scanner, ScanInput } from '../scanner.ts';

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
export function manifestDetection(rule: RuleMeta, doc: ManifestDoc, span: Span, f: DetectionFields): Detection {
  const d: Detection = {
    ruleId: rule.id,
    category: rule.category,
    severity: f.severity ?? rule.severity,
    message: f.message,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    documentLines: doc.documentLines,
  };
  if (f.secret !== undefined) d.secret = f.secret;
  if (f.kubernetes) d.kubernetes = f.kubernetes;
  if (f.fix) d.fix = f.fix;
  if (doc.origin.kind === 'last-applied') d.identity = `last-applied:${doc.origin.annotation}`;
  return d;
}

/** `default/db-credentials`, `db-credentials`, or `(unnamed)`. */
export function objectName(name: string | undefined, namespace: string | undefined): string {
  if (name === undefined || name === '') return '(unnamed)';
  if (name.includes('{{')) return '(templated name)';
  return namespace && !namespace.includes('{{') ? `${namespace}/${name}` : name;
}

/** Words to append to a message about where in the file the object is, when it is not a plain document. */
export function originSuffix(doc: ManifestDoc): string {
  switch (doc.origin.kind) {
    case 'last-applied':
      return ` in the ${doc.origin.annotation.slice(doc.origin.annotation.indexOf('/') + 1)} annotation`;
    case 'list-item':
      return ` (item ${doc.origin.item + 1} of a List)`;
    case 'lines':
      return ' (the YAML did not parse; read line by line)';
    default:
      return '';
  }
}

/** A Kubernetes ref with only the fields that are known. */
export function kubeRef(kind: string, name: string | undefined, namespace: string | undefined, key: string | undefined): KubernetesRef {
  const ref: KubernetesRef = { kind };
  if (name !== undefined && name !== '') ref.name = name;
  if (namespace !== undefined && namespace !== '') ref.namespace = namespace;
  if (key !== undefined) ref.key = key;
  return ref;
}

/** `data.password`, or `data["tls.key"]` when the key is not a plain identifier: a field path for messages. */
export function fieldPath(field: string, key: string): string {
  return /^[A-Za-z_][\w-]*$/.test(key) ? `${field}.${key}` : `${field}[${JSON.stringify(key)}]`;
}

/**
 * A scanner that looks at each manifest of a file on its own (most manifest rules). `wants` is a cheap
 * look at the raw text (a word the rule cannot do without, e.g. `Secret`): when it says no, the file is not
 * parsed for this rule. Parsing dominates the cost of a scan, and most YAML files concern no rule.
 */
export function perDocumentScanner(
  id: string,
  rules: readonly RuleMeta[],
  wants: (input: ScanInput) => boolean,
  detect: (doc: ManifestDoc, input: ScanInput) => Detection[],
): Scanner {
  return {
    id,
    rules,
    scan(input) {
      if (!wants(input)) return [];
      const out: Detection[] = [];
      for (const doc of input.parsed().docs) out.push(...detect(doc, input));
      return out;
    },
  };
}

/** A `wants` test: the text contains `word` (case-sensitive, as Kubernetes kinds and keys are). */
export function mentions(...words: string[]): (input: ScanInput) => boolean {
  return (input) => words.some((w) => input.target.content.includes(w));
}
