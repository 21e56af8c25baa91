/**
 * Typed views of manifests, shared by the scanners and the sealers. Every function takes a `ManifestDoc`
 * (or a node) from `parseFile` and returns `undefined`/`[]`/`false` when the shape does not match; none
 * throws. Views keep the nodes and spans, so callers can report positions or rewrite values.
 */
import { at, entriesOf, entry, entrySpan, isMapNode, itemsOf, textAt } from './nodes.ts';
import type { ManifestDoc, Span, YMap, YMapEntry, YNode } from './types.ts';

/** The identity of an object: what `kubectl` would call it. */
export interface ObjectRef {
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
}

/** `apiVersion`, `kind`, `metadata.name`, `metadata.namespace` of a manifest (absent fields are left out). */
export function objectRef(doc: ManifestDoc | YNode): ObjectRef {
  const root = 'root' in doc ? doc.root : doc;
  const ref: ObjectRef = {};
  const apiVersion = textAt(root, 'apiVersion');
  const kind = textAt(root, 'kind');
  const name = textAt(root, 'metadata', 'name');
  const namespace = textAt(root, 'metadata', 'namespace');
  if (apiVersion) ref.apiVersion = apiVersion;
  if (kind) ref.kind = kind;
  if (name) ref.name = name;
  if (namespace) ref.namespace = namespace;
  return ref;
}

/** A map of string scalars (labels, annotations) as a plain record; non-scalar values are skipped. */
export function stringMap(n: YNode | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of entriesOf(n)) if (e.value.kind === 'scalar') out[e.key] = e.value.text;
  return out;
}

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
export function stringEntries(n: YNode | undefined): SecretEntry[] {
  const out: SecretEntry[] = [];
  for (const e of entriesOf(n)) {
    if (e.value.kind !== 'scalar') continue;
    out.push({ key: e.key, value: e.value.text, templated: e.value.templated === true, span: entrySpan(e), entry: e });
  }
  return out;
}

/** A core `v1` Secret (`kind: Secret`, `apiVersion: v1` or none), or undefined for anything else. */
export function asSecret(doc: ManifestDoc): SecretView | undefined {
  const root = doc.root;
  if (textAt(root, 'kind') !== 'Secret') return undefined;
  const apiVersion = textAt(root, 'apiVersion');
  if (apiVersion !== undefined && apiVersion !== 'v1') return undefined;
  const ref = objectRef(root);
  const view: SecretView = {
    type: textAt(root, 'type') || 'Opaque',
    data: stringEntries(at(root, 'data')),
    stringData: stringEntries(at(root, 'stringData')),
    labels: stringMap(at(root, 'metadata', 'labels')),
    annotations: stringMap(at(root, 'metadata', 'annotations')),
    immutable: textAt(root, 'immutable') === 'true',
    doc,
  };
  if (ref.name !== undefined) view.name = ref.name;
  if (ref.namespace !== undefined) view.namespace = ref.namespace;
  return view;
}

/** True for a Bitnami `SealedSecret` (`bitnami.com/*`). */
export function isSealedSecret(doc: ManifestDoc): boolean {
  return textAt(doc.root, 'kind') === 'SealedSecret' && (textAt(doc.root, 'apiVersion') ?? '').startsWith('bitnami.com/');
}

/** The top-level `sops:` metadata map of a SOPS-encrypted document (it has `mac` or `lastmodified`), or undefined. */
export function sopsMetadata(doc: ManifestDoc): YMap | undefined {
  const sops = at(doc.root, 'sops');
  if (!isMapNode(sops)) return undefined;
  return entry(sops, 'mac') || entry(sops, 'lastmodified') ? sops : undefined;
}

/** True when the document carries SOPS metadata. */
export function hasSopsMetadata(doc: ManifestDoc): boolean {
  return sopsMetadata(doc) !== undefined;
}

/** `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]`: a value SOPS encrypted. */
export function isSopsEncryptedValue(value: string): boolean {
  return /^ENC\[AES256_GCM,data:[A-Za-z0-9+/=]*,iv:[A-Za-z0-9+/=]+,tag:[A-Za-z0-9+/=]+,type:[a-z]+\]$/.test(value.trim());
}

/** A pod spec found in a manifest, with the map-key path that leads to it (e.g. `spec.template.spec`). */
export interface PodSpecRef {
  spec: YMap;
  path: readonly string[];
}

const POD_SEARCH_DEPTH = 8;

/**
 * Every pod spec in a manifest: `spec` of a Pod, and generically any map holding a `containers` list
 * under `spec` (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob
 * `jobTemplate`, Argo Rollouts, Knative, OpenShift DeploymentConfig…), searched to a bounded depth.
 */
export function podSpecs(doc: ManifestDoc): PodSpecRef[] {
  const out: PodSpecRef[] = [];
  const spec = at(doc.root, 'spec');
  if (!isMapNode(spec) || textAt(doc.root, 'kind') === undefined) return out;
  const seen = new Set<YMap>();
  const visit = (n: YMap, path: string[], depth: number) => {
    if (seen.has(n)) return;
    seen.add(n);
    if (entry(n, 'containers')?.value.kind === 'seq') out.push({ spec: n, path: [...path] });
    if (depth >= POD_SEARCH_DEPTH) return;
    for (const e of n.entries) {
      if (e.key === 'containers' || e.key === 'initContainers' || e.key === 'ephemeralContainers') continue;
      if (e.value.kind === 'map') visit(e.value, [...path, e.key], depth + 1);
    }
  };
  visit(spec, ['spec'], 0);
  return out;
}

export type ContainerGroup = 'containers' | 'initContainers' | 'ephemeralContainers';

/** A container of a pod spec. */
export interface ContainerRef {
  group: ContainerGroup;
  name?: string;
  node: YMap;
}

/** The containers, init containers and ephemeral containers of a pod spec. */
export function containersOf(spec: YMap): ContainerRef[] {
  const out: ContainerRef[] = [];
  for (const group of ['containers', 'initContainers', 'ephemeralContainers'] as const) {
    for (const c of itemsOf(at(spec, group))) {
      if (!isMapNode(c)) continue;
      const name = textAt(c, 'name');
      out.push(name === undefined ? { group, node: c } : { group, name, node: c });
    }
  }
  return out;
}

/** True for a kubeconfig: `kind: Config`, or a top-level `clusters` list next to `users` or `contexts`. */
export function isKubeconfig(doc: ManifestDoc): boolean {
  const kind = textAt(doc.root, 'kind');
  if (kind === 'Config' && (textAt(doc.root, 'apiVersion') ?? 'v1') === 'v1') return true;
  if (kind !== undefined) return false;
  return at(doc.root, 'users')?.kind === 'seq' && (at(doc.root, 'clusters')?.kind === 'seq' || at(doc.root, 'contexts')?.kind === 'seq');
}

/** The label Argo CD uses for declarative repository / cluster Secrets (`repository`, `repo-creds`, `cluster`). */
export const ARGOCD_SECRET_TYPE_LABEL = 'argocd.argoproj.io/secret-type';
