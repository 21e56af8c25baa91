import type { Finding } from '../findings/finding.js';
import type { ManifestDoc, ParsedFile } from '../parse/types.js';
import type { KustomizeNamespaces } from './kustomize-namespace.js';
import type { SealPolicy } from './policy.js';
/** Rules whose findings `sealgate fix` remediates. */
export declare const FIXABLE_RULES: ReadonlySet<string>;
/** One Secret sealed or encrypted. */
export interface FixChange {
    /** `Secret shop/db`. */
    object: string;
    line: number;
    method: 'sealed-secrets' | 'sops';
    /** The key used: `keys/prod.pem (sha256 3f2a…)` or the age recipients. */
    key: string;
    /** The policy rule that chose it. */
    rule: string;
}
/** A Secret (or a whole file) left as it is, and why. */
export interface FixRefusal {
    line: number;
    object?: string;
    reason: string;
}
export interface FilePlan {
    /** Repository-relative path. */
    path: string;
    /** The text the plan was made from (without BOM). */
    before: string;
    /** The new text; undefined when nothing changes. */
    after?: string;
    changes: FixChange[];
    refusals: FixRefusal[];
    /** Things to tell the user (certificate expiring soon); never secrets. */
    warnings: string[];
}
export interface PlanOptions {
    now?: Date;
    /** Where a Secret without `metadata.namespace` gets one (its kustomizations); without it, such a Secret is refused. */
    namespaces?: KustomizeNamespaces;
}
/**
 * Plans the fix of `text` (the file at repository-relative `path`) for its `findings` (fixable ones,
 * found in exactly this text), sealing for `absPath`'s policy rule.
 */
export declare function planFile(path: string, absPath: string, text: string, findings: readonly Finding[], policy: SealPolicy, options?: PlanOptions): Promise<FilePlan>;
/** The manifest a finding's line belongs to: the innermost document or List item whose object spans it. */
export declare function docAt(parsed: ParsedFile, line: number): ManifestDoc | undefined;
