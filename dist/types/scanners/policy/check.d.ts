import type { RuleMeta, Severity } from '../../findings/finding.js';
import type { Span } from '../../parse/types.js';
import type { FileDetection, RepoContext } from '../scanner.js';
import type { Inventory, ObjectId, Place } from './inventory.js';
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
export declare function policyDetection(rule: RuleMeta, hit: PolicyHit): FileDetection;
/** `Kind ns/name` (or `Kind name`) for messages. */
export declare function describe(id: ObjectId): string;
/**
 * True when two references may name the same namespaced object: the names match, and the namespaces
 * match or one side does not say (GitOps repos often leave it to kustomize or the Argo CD destination).
 */
export declare function sameObject(a: {
    name?: string;
    namespace?: string;
}, b: {
    name?: string;
    namespace?: string;
}): boolean;
/** Whole days from `from` (ISO 8601) to `now`, or undefined for a date that does not parse. */
export declare function ageInDays(from: string, now: Date): number | undefined;
