/**
 * The repository inventory the policy checks run over: ServiceAccounts, RBAC, workloads, SealedSecrets,
 * SOPS files, ExternalSecrets and Secrets, each with the file and span it came from. Collected file by
 * file (`collectFile`), then read as a whole, because most governance questions cross files: a pod
 * inherits `automountServiceAccountToken` from a ServiceAccount defined elsewhere, a binding grants a role
 * written in another file.
 */
import type { ParsedFile, Span } from '../../parse/types.js';
/** Where a fact is: the file, the span to report, and the lines of its YAML document. */
export interface Place {
    file: string;
    span: Span;
    documentLines: {
        start: number;
        end: number;
    };
}
export interface ObjectId {
    kind: string;
    name?: string;
    namespace?: string;
}
export type CloudProvider = 'aws' | 'gcp' | 'azure';
/** A ServiceAccount annotation that federates it with a cloud identity (IRSA, GKE, Azure workload identity). */
export interface WorkloadIdentity {
    provider: CloudProvider;
    annotation: string;
}
export interface ServiceAccountFact {
    id: ObjectId;
    place: Place;
    /** `automountServiceAccountToken`, when set. */
    automount?: boolean;
    identity?: WorkloadIdentity;
}
/** A rule of a Role or ClusterRole that reads every Secret it can see. */
export interface BroadRule {
    span: Span;
    verbs: string[];
    resources: string[];
}
export interface RoleFact {
    id: ObjectId;
    place: Place;
    broad: BroadRule[];
}
export interface Subject {
    kind: string;
    name: string;
    namespace?: string;
}
export interface BindingFact {
    id: ObjectId;
    place: Place;
    roleRef: {
        kind: string;
        name: string;
    };
    subjects: Subject[];
}
/** A Secret a container takes into its environment (fixed at pod start). */
export interface EnvSecretUse {
    secret: string;
    via: 'envFrom' | 'secretKeyRef';
    /** The environment variable, for `secretKeyRef`. */
    env?: string;
    span: Span;
}
/** A cloud credential variable in a container's environment. */
export interface CloudEnv {
    provider: CloudProvider;
    env: string;
    /** `value`: written in the manifest; `secretKeyRef`: from a Secret; `envFrom`: a key of an envFrom Secret. */
    via: 'value' | 'secretKeyRef' | 'envFrom';
    secret?: string;
    span: Span;
}
export interface PodFact {
    place: Place;
    /** `serviceAccountName` (or the deprecated `serviceAccount`), `default` when absent. */
    serviceAccount: string;
    automount?: boolean;
    /** The `automountServiceAccountToken` entry when set, else the pod spec's first line. */
    automountSpan: Span;
    envSecrets: EnvSecretUse[];
    /** Secrets mounted as volumes (`secret.secretName`, `projected.sources[].secret.name`). */
    volumeSecrets: string[];
    cloudEnv: CloudEnv[];
}
export interface WorkloadFact {
    id: ObjectId;
    place: Place;
    /** The workload's annotations merged with its pod template's (Reloader reads both). */
    annotations: Record<string, string>;
    pods: PodFact[];
}
/** A Secret-producing object: a Secret, a SealedSecret or an ExternalSecret, with the keys it holds. */
export interface SecretSourceFact {
    id: ObjectId;
    place: Place;
    /** Name of the Secret it becomes. */
    secretName: string;
    keys: {
        key: string;
        span: Span;
    }[];
    /** Annotations the resulting Secret carries (for Reloader's `match`). */
    annotations: Record<string, string>;
}
export interface ExternalSecretFact extends SecretSourceFact {
    refreshInterval?: string;
    refreshPolicy?: string;
    /** The `refreshInterval` entry when set, else the object's name. */
    refreshSpan: Span;
}
export interface SopsFileFact {
    place: Place;
    /** `sops.lastmodified` as written (RFC 3339). */
    lastModified: string;
    /** The object the document holds, when it is a manifest. */
    id?: ObjectId;
}
export interface Inventory {
    serviceAccounts: ServiceAccountFact[];
    roles: RoleFact[];
    bindings: BindingFact[];
    workloads: WorkloadFact[];
    secrets: SecretSourceFact[];
    sealedSecrets: SecretSourceFact[];
    externalSecrets: ExternalSecretFact[];
    sopsFiles: SopsFileFact[];
}
export declare function emptyInventory(): Inventory;
/** The cloud an environment variable name holds a static credential for, if any. */
export declare function cloudCredentialEnv(name: string): CloudProvider | undefined;
/** Adds what `parsed` (the file `file`, whose text is `text`) tells about the repository to `inv`. */
export declare function collectFile(inv: Inventory, file: string, text: string, parsed: ParsedFile): void;
