import type { ManifestDoc, Span, YMap, YMapEntry, YNode } from './types.js';
/** The identity of an object: what `kubectl` would call it. */
export interface ObjectRef {
    apiVersion?: string;
    kind?: string;
    name?: string;
    namespace?: string;
}
/** `apiVersion`, `kind`, `metadata.name`, `metadata.namespace` of a manifest (absent fields are left out). */
export declare function objectRef(doc: ManifestDoc | YNode): ObjectRef;
/** A map of string scalars (labels, annotations) as a plain record; non-scalar values are skipped. */
export declare function stringMap(n: YNode | undefined): Record<string, string>;
/** One key of a Secret's `data` or `stringData` (or of any string map read the same way). */
export interface SecretEntry {
    key: string;
    /** The value as written: base64 text for `data`, plaintext for `stringData`. '' when empty or null. */
    value: string;
    /** True when the value was a `{{ … }}` template action. */
    templated: boolean;
    /** From the key to the end of the value. */
    span: Span;
    /** The map entry itself (key and value nodes with their own spans). */
    entry: YMapEntry;
}
export interface SecretView {
    name?: string;
    namespace?: string;
    /** `type`, or `Opaque` when absent (as the API server defaults it). */
    type: string;
    data: SecretEntry[];
    stringData: SecretEntry[];
    labels: Record<string, string>;
    annotations: Record<string, string>;
    immutable: boolean;
    doc: ManifestDoc;
}
/** The string entries of a map (scalars only: a nested map or list is not a valid Secret value). */
export declare function stringEntries(n: YNode | undefined): SecretEntry[];
/** A core `v1` Secret (`kind: Secret`, `apiVersion: v1` or none), or undefined for anything else. */
export declare function asSecret(doc: ManifestDoc): SecretView | undefined;
/** True for a Bitnami `SealedSecret` (`bitnami.com/*`). */
export declare function isSealedSecret(doc: ManifestDoc): boolean;
/** The top-level `sops:` metadata map of a SOPS-encrypted document (it has `mac` or `lastmodified`), or undefined. */
export declare function sopsMetadata(doc: ManifestDoc): YMap | undefined;
/** True when the document carries SOPS metadata. */
export declare function hasSopsMetadata(doc: ManifestDoc): boolean;
/** `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]`: a value SOPS encrypted. */
export declare function isSopsEncryptedValue(value: string): boolean;
/** A pod spec found in a manifest, with the map-key path that leads to it (e.g. `spec.template.spec`). */
export interface PodSpecRef {
    spec: YMap;
    path: readonly string[];
}
/**
 * Every pod spec in a manifest: `spec` of a Pod, and generically any map holding a `containers` list
 * under `spec` (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob
 * `jobTemplate`, Argo Rollouts, Knative, OpenShift DeploymentConfig…), searched to a bounded depth.
 */
export declare function podSpecs(doc: ManifestDoc): PodSpecRef[];
export type ContainerGroup = 'containers' | 'initContainers' | 'ephemeralContainers';
/** A container of a pod spec. */
export interface ContainerRef {
    group: ContainerGroup;
    name?: string;
    node: YMap;
}
/** The containers, init containers and ephemeral containers of a pod spec. */
export declare function containersOf(spec: YMap): ContainerRef[];
/** True for a kubeconfig: `kind: Config`, or a top-level `clusters` list next to `users` or `contexts`. */
export declare function isKubeconfig(doc: ManifestDoc): boolean;
/** The label Argo CD uses for declarative repository / cluster Secrets (`repository`, `repo-creds`, `cluster`). */
export declare const ARGOCD_SECRET_TYPE_LABEL = "argocd.argoproj.io/secret-type";
