/**
 * The quarterly governance report of `sealgate audit` (JSON format: this object as is). Plain data: built
 * by pipeline/audit.ts, rendered by the audit reporters. It never holds a secret: plaintext findings carry
 * redacted values only, and sealed values appear by name and age, never by ciphertext.
 */
import type { Finding } from './finding.js';
import type { Summary } from './report.js';
/** `pass`: ticked from what the repository shows; `fail`: not ticked; `manual`: the repository cannot tell. */
export type AuditStatus = 'pass' | 'fail' | 'manual';
/** One checkbox line of the report. */
export interface AuditItem {
    /** Stable kebab-case id, e.g. `no-plaintext`, `rotation-within-limit`. */
    id: string;
    /** The question the line answers, phrased as the ticked state ("No plaintext secrets in the repository"). */
    label: string;
    status: AuditStatus;
    /** The evidence in one sentence: counts, names, or how to check by hand. */
    detail: string;
    /** The rules whose findings decide the line, when any. */
    ruleIds?: string[];
}
export type AuditSectionId = 'storage' | 'rotation' | 'injection' | 'audit';
export interface AuditSection {
    id: AuditSectionId;
    title: string;
    items: AuditItem[];
}
/** The age of one sealed secret: a SealedSecret key or a SOPS file. */
export interface SecretAge {
    kind: 'sealed-secret' | 'sops';
    file: string;
    line: number;
    /** `ns/name` of the SealedSecret or SOPS-encrypted object; the file name for a SOPS file that is not a manifest. */
    name: string;
    /** The SealedSecret key. */
    key?: string;
    /** ISO 8601 date of the last change, when known. */
    changed?: string;
    /** The commit that last changed it; absent for a change not committed yet or a SOPS date. */
    commit?: string;
    /** Whole days since `changed`; absent when unknown (no Git history, unparseable date). */
    ageDays?: number;
    overdue: boolean;
}
/** A ServiceAccount with a cloud workload identity (IRSA, GKE or Azure). */
export interface IdentityRef {
    name: string;
    provider: 'aws' | 'gcp' | 'azure';
    file: string;
}
/** A workload holding a static cloud credential: a candidate for workload identity ("zero password"). */
export interface StaticKeyRef {
    workload: string;
    provider: 'aws' | 'gcp' | 'azure';
    /** The environment variables holding the credential. */
    env: string[];
    file: string;
    /** True when its ServiceAccount already has a workload identity (the static key is redundant). */
    identityAvailable: boolean;
}
/** Counts read from the repository, the evidence behind the checkboxes. */
export interface AuditFacts {
    tooling: {
        sealedSecrets: number;
        sealedKeys: number;
        sopsFiles: number;
        externalSecrets: number;
        plainSecrets: number;
    };
    rotation: {
        tracked: number;
        overdue: number;
        unknownAge: number;
        externalSecretsWithoutRefresh: number;
    };
    injection: {
        /** Secret uses by containers of workloads: `envFrom` entries, `secretKeyRef` variables, secret volumes. */
        envFrom: number;
        secretKeyRef: number;
        volumes: number;
        /** Long-running workloads that take a Secret into env, and how many of them Reloader covers fully. */
        envWorkloads: number;
        reloaderCovered: number;
        identities: IdentityRef[];
        staticKeys: StaticKeyRef[];
    };
    audit: {
        podTemplates: number;
        /** Pod templates that do not get a token: `false` on the pod or inherited from its ServiceAccount. */
        automountOff: number;
        serviceAccounts: number;
        serviceAccountsAutomountOff: number;
        /** Roles/ClusterRoles reading all Secrets, and bindings granting such a role (cluster-wide ones apart). */
        broadRoles: number;
        broadBindings: number;
        clusterWideBindings: number;
    };
}
/** The whole report; `version` changes only with an incompatible change to this shape. */
export interface AuditReport {
    version: 1;
    /** ISO 8601 time the audit ran (the "now" ages are measured against). */
    generatedAt: string;
    /** The audited directory's name. */
    target: string;
    maxSecretAgeDays: number;
    /** Storage, Rotation, Injection, Audit: in that order. */
    sections: AuditSection[];
    /** What only the cluster or the cloud account can show (status `manual`). */
    manual: AuditItem[];
    /** Every sealed secret, oldest first (unknown ages last). */
    secrets: SecretAge[];
    facts: AuditFacts;
    /** Every finding of the scan and the policy checks, redacted. */
    findings: Finding[];
    summary: Summary;
}
