import type { KubernetesRef, RuleMeta, Severity } from '../../findings/finding.ts';
import type { Span } from '../../parse/types.ts';
import type { FileDetection, RepoContext } from '../scanner.ts';
import type { Inventory, ObjectId, Place } from './inventory.ts';

/** One governance rule: its documentation and a function over the repository inventory. */
export interface PolicyCheck {
  rule: RuleMeta;
  run(inv: Inventory, ctx: RepoContext): FileDetection[];
}

/** What a check says about one place. */
export interface PolicyHit {
  place: Place;
  /** Narrower than the place's span, e.g. the offending entry. Default: the place's span. */
  span?: Span;
  message: string;
  /** Stable identity for the fingerprint (object and key, never a line number). */
  identity: string;
  object?: ObjectId;
  key?: string;
  severity?: Severity;
}

/** A policy detection for `rule` at `hit`. */
export function policyDetection(rule: RuleMeta, hit: PolicyHit): FileDetection {
  const s = hit.span ?? hit.place.span;
  const detection: FileDetection['detection'] = {
    ruleId: rule.id,
    category: 'policy',
    severity: hit.severity ?? rule.severity,
    message: hit.message,
    line: s.line,
    column: s.column,
    endLine: s.endLine,
    endColumn: s.endColumn,
    identity: hit.identity,
    documentLines: hit.place.documentLines,
  };
  if (hit.object) {
    const k: KubernetesRef = { kind: hit.object.kind };
    if (hit.object.name !== undefined) k.name = hit.object.name;
    if (hit.object.namespace !== undefined) k.namespace = hit.object.namespace;
    if (hit.key !== undefined) k.key = hit.key;
    detection.kubernetes = k;
  }
  return { file: hit.place.file, detection };
}

/** `Kind ns/name` (or `Kind name`) for messages. */
export function describe(id: ObjectId): string {
  const name = id.name ?? '(unnamed)';
  return `${id.kind} ${id.namespace ? `${id.namespace}/${name}` : name}`;
}

/**
 * True when two references may name the same namespaced object: the names match, and the namespaces
 * match or one side does not say (GitOps repos often leave it to kustomize or the Argo CD destination).
 */
export function sameObject(a: { name?: string; namespace?: string }, b: { name?: string; namespace?: string }): boolean {
  return a.name === b.name && (a.namespace === undefined || b.namespace === undefined || a.namespace === b.namespace);
}

/** Whole days from `from` (ISO 8601) to `now`, or undefined for a date that does not parse. */
export function ageInDays(from: string, now: Date): number | undefined {
  const t = Date.parse(from);
  if (Number.isNaN(t)) return undefined;
  return Math.floor((now.getTime() - t) / 86_400_000);
}
