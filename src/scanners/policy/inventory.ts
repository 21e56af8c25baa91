/**
 * The repository inventory the policy checks run over: ServiceAccounts, RBAC, workloads, SealedSecrets,
 * SOPS files, ExternalSecrets and Secrets, each with the file and span it came from. Collected file by
 * file (`collectFile`), then read as a whole, because most governance questions cross files: a pod
 * inherits `automountServiceAccountToken` from a ServiceAccount defined elsewhere, a binding grants a role
 * written in another file.
 */
import type { ManifestDoc, ParsedFile, Span, YMap, YNode } from '../../parse/types.ts';
import { containersOf, isSealedSecret, podSpecs, sopsMetadata, stringMap } from '../../parse/manifest.ts';
import { at, entriesOf, entry, entrySpan, itemsOf, textAt } from '../../parse/nodes.ts';

/** Where a fact is: the file, the span to report, and the lines of its YAML document. */
export interface Place {
  file: string;
  span: Span;
  documentLines: { start: number; end: number };
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
  roleRef: { kind: string; name: string };
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
  keys: { key: string; span: Span }[];
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

export function emptyInventory(): Inventory {
  return { serviceAccounts: [], roles: [], bindings: [], workloads: [], secrets: [], sealedSecrets: [], externalSecrets: [], sopsFiles: [] };
}

const IDENTITY_ANNOTATIONS: Record<string, CloudProvider> = {
  'eks.amazonaws.com/role-arn': 'aws',
  'iam.gke.io/gcp-service-account': 'gcp',
  'azure.workload.identity/client-id': 'azure',
};

const CLOUD_ENV: Record<string, CloudProvider> = {
  AWS_ACCESS_KEY_ID: 'aws',
  AWS_SECRET_ACCESS_KEY: 'aws',
  GOOGLE_APPLICATION_CREDENTIALS: 'gcp',
  AZURE_CLIENT_SECRET: 'azure',
};

/** The cloud an environment variable name holds a static credential for, if any. */
export function cloudCredentialEnv(name: string): CloudProvider | undefined {
  return CLOUD_ENV[name];
}

/** Adds what `parsed` (the file `file`, whose text is `text`) tells about the repository to `inv`. */
export function collectFile(inv: Inventory, file: string, text: string, parsed: ParsedFile): void {
  for (const doc of parsed.docs) {
    // A last-applied copy repeats its own object; approximate views have no trustworthy positions.
    if (doc.origin.kind !== 'document' && doc.origin.kind !== 'list-item') continue;
    if (doc.approximate) continue;
    collectDoc(inv, file, doc);
  }
  if (parsed.docs.length === 0) collectSopsDotenv(inv, file, text, parsed);
}

function collectDoc(inv: Inventory, file: string, doc: ManifestDoc): void {
  const root = doc.root;
  const sops = sopsMetadata(doc);
  if (sops) {
    const lm = entry(sops, 'lastmodified');
    const fact: SopsFileFact = { place: place(file, doc, lm?.value.span ?? sops.span), lastModified: lm ? textAt(lm.value) ?? '' : '' };
    const kind = textAt(root, 'kind');
    if (kind !== undefined) fact.id = objectId(root, kind);
    inv.sopsFiles.push(fact);
  }
  const kind = textAt(root, 'kind');
  if (kind === undefined) return;
  const apiVersion = textAt(root, 'apiVersion') ?? '';
  const id = objectId(root, kind);
  const here = place(file, doc, nameSpan(root));
  switch (kind) {
    case 'ServiceAccount': {
      const fact: ServiceAccountFact = { id, place: here };
      const auto = bool(at(root, 'automountServiceAccountToken'));
      if (auto !== undefined) fact.automount = auto;
      for (const [a, v] of Object.entries(stringMap(at(root, 'metadata', 'annotations')))) {
        const provider = IDENTITY_ANNOTATIONS[a];
        if (provider && v.trim() !== '') fact.identity = { provider, annotation: a };
      }
      inv.serviceAccounts.push(fact);
      return;
    }
    case 'Role':
    case 'ClusterRole':
      if (!apiVersion.startsWith('rbac.authorization.k8s.io/')) return;
      inv.roles.push({ id, place: here, broad: broadRules(root) });
      return;
    case 'RoleBinding':
    case 'ClusterRoleBinding': {
      if (!apiVersion.startsWith('rbac.authorization.k8s.io/')) return;
      const roleKind = textAt(root, 'roleRef', 'kind');
      const roleName = textAt(root, 'roleRef', 'name');
      if (!roleKind || !roleName) return;
      const subjects: Subject[] = [];
      for (const s of itemsOf(at(root, 'subjects'))) {
        const sk = textAt(s, 'kind');
        const sn = textAt(s, 'name');
        if (!sk || !sn) continue;
        const ns = textAt(s, 'namespace');
        subjects.push(ns ? { kind: sk, name: sn, namespace: ns } : { kind: sk, name: sn });
      }
      inv.bindings.push({ id, place: here, roleRef: { kind: roleKind, name: roleName }, subjects });
      return;
    }
    case 'Secret':
      if (apiVersion !== 'v1' && apiVersion !== '') return;
      inv.secrets.push({
        id,
        place: here,
        secretName: id.name ?? '',
        keys: [...keySpans(at(root, 'data')), ...keySpans(at(root, 'stringData'))],
        annotations: stringMap(at(root, 'metadata', 'annotations')),
      });
      return;
    case 'SealedSecret':
      if (!isSealedSecret(doc)) return;
      inv.sealedSecrets.push({
        id,
        place: here,
        secretName: textAt(root, 'spec', 'template', 'metadata', 'name') || (id.name ?? ''),
        keys: keySpans(at(root, 'spec', 'encryptedData')),
        annotations: stringMap(at(root, 'spec', 'template', 'metadata', 'annotations')),
      });
      return;
    case 'ExternalSecret':
    case 'ClusterExternalSecret': {
      if (!apiVersion.startsWith('external-secrets.io/')) return;
      const spec = kind === 'ExternalSecret' ? at(root, 'spec') : at(root, 'spec', 'externalSecretSpec');
      const refresh = entry(spec, 'refreshInterval');
      const keys: { key: string; span: Span }[] = [];
      for (const d of itemsOf(at(spec, 'data'))) {
        const k = entry(d, 'secretKey');
        const key = k ? textAt(k.value) : undefined;
        if (k && key) keys.push({ key, span: k.value.span });
      }
      const targetName = kind === 'ExternalSecret' ? textAt(spec, 'target', 'name') : textAt(root, 'spec', 'externalSecretName');
      const fact: ExternalSecretFact = {
        id,
        place: here,
        secretName: targetName || (id.name ?? ''),
        keys,
        annotations: stringMap(at(spec, 'target', 'template', 'metadata', 'annotations')),
        refreshSpan: refresh ? entrySpan(refresh) : here.span,
      };
      if (refresh) fact.refreshInterval = textAt(refresh.value) ?? '';
      const policy = textAt(spec, 'refreshPolicy');
      if (policy) fact.refreshPolicy = policy;
      inv.externalSecrets.push(fact);
      return;
    }
  }
  const pods = podSpecs(doc);
  if (pods.length === 0) return;
  const annotations: Record<string, string> = {};
  const facts: PodFact[] = [];
  for (const { spec, path } of pods) {
    Object.assign(annotations, stringMap(at(root, ...path.slice(0, -1), 'metadata', 'annotations')));
    facts.push(podFact(file, doc, spec));
  }
  // The workload's own annotations win over its pod template's.
  Object.assign(annotations, stringMap(at(root, 'metadata', 'annotations')));
  inv.workloads.push({ id, place: here, annotations, pods: facts });
}

function podFact(file: string, doc: ManifestDoc, spec: YMap): PodFact {
  const auto = entry(spec, 'automountServiceAccountToken');
  const fact: PodFact = {
    place: place(file, doc, spec.span),
    serviceAccount: textAt(spec, 'serviceAccountName') || textAt(spec, 'serviceAccount') || 'default',
    automountSpan: auto ? entrySpan(auto) : firstLine(spec.span),
    envSecrets: [],
    volumeSecrets: [],
    cloudEnv: [],
  };
  const autoValue = bool(auto?.value);
  if (autoValue !== undefined) fact.automount = autoValue;
  for (const c of containersOf(spec)) {
    for (const e of itemsOf(at(c.node, 'env'))) {
      const name = textAt(e, 'name');
      if (!name) continue;
      const ref = at(e, 'valueFrom', 'secretKeyRef');
      const secret = textAt(ref, 'name');
      const provider = CLOUD_ENV[name];
      if (secret) fact.envSecrets.push({ secret, via: 'secretKeyRef', env: name, span: ref?.span ?? e.span });
      if (provider && secret) fact.cloudEnv.push({ provider, env: name, via: 'secretKeyRef', secret, span: e.span });
      else if (provider && (textAt(e, 'value') ?? '').trim() !== '') fact.cloudEnv.push({ provider, env: name, via: 'value', span: e.span });
    }
    for (const f of itemsOf(at(c.node, 'envFrom'))) {
      const ref = entry(f, 'secretRef');
      const secret = textAt(ref?.value, 'name');
      if (ref && secret) fact.envSecrets.push({ secret, via: 'envFrom', span: entrySpan(ref) });
    }
  }
  for (const v of itemsOf(at(spec, 'volumes'))) {
    const direct = textAt(v, 'secret', 'secretName');
    if (direct) fact.volumeSecrets.push(direct);
    for (const s of itemsOf(at(v, 'projected', 'sources'))) {
      const n = textAt(s, 'secret', 'name');
      if (n) fact.volumeSecrets.push(n);
    }
  }
  return fact;
}

const READ_VERBS = new Set(['get', 'list', 'watch', '*']);

/** Rules that read Secrets (core group, `secrets` or `*`, a read verb) without naming which ones. */
function broadRules(root: YNode): BroadRule[] {
  const out: BroadRule[] = [];
  for (const r of itemsOf(at(root, 'rules'))) {
    const list = (k: string) => itemsOf(at(r, k)).map((n) => textAt(n) ?? '');
    const groups = list('apiGroups');
    const resources = list('resources');
    const verbs = list('verbs');
    if (!groups.some((g) => g === '' || g === '*')) continue;
    const hit = resources.filter((x) => x === 'secrets' || x === '*');
    const read = verbs.filter((v) => READ_VERBS.has(v));
    if (hit.length === 0 || read.length === 0 || list('resourceNames').length > 0) continue;
    out.push({ span: r.span, verbs: read, resources: hit });
  }
  return out;
}

/** `KEY=value` SOPS files (dotenv, INI): the metadata is flattened into `sops_*` keys. */
function collectSopsDotenv(inv: Inventory, file: string, text: string, parsed: ParsedFile): void {
  if (!text.includes('sops_mac=') && !text.includes('sops_lastmodified=')) return;
  for (let line = 1; line <= parsed.lines.lineCount; line++) {
    const m = /^\s*sops_lastmodified\s*=\s*(\S+)\s*$/.exec(parsed.lines.lineText(line));
    if (!m) continue;
    const value = m[1] as string;
    const span = { line, column: 1, endLine: line, endColumn: parsed.lines.lineText(line).length + 1 };
    inv.sopsFiles.push({ place: { file, span, documentLines: { start: 1, end: parsed.lines.lineCount } }, lastModified: value });
    return;
  }
}

function objectId(root: YNode, kind: string): ObjectId {
  const id: ObjectId = { kind };
  const name = textAt(root, 'metadata', 'name');
  const namespace = textAt(root, 'metadata', 'namespace');
  if (name) id.name = name;
  if (namespace) id.namespace = namespace;
  return id;
}

function keySpans(n: YNode | undefined): { key: string; span: Span }[] {
  return entriesOf(n).map((e) => ({ key: e.key, span: entrySpan(e) }));
}

function bool(n: YNode | undefined): boolean | undefined {
  if (n?.kind !== 'scalar') return undefined;
  if (n.value === true || n.value === 'true') return true;
  if (n.value === false || n.value === 'false') return false;
  return undefined;
}

/** The span to point at for an object: its `metadata.name` value, else its `kind`. */
function nameSpan(root: YNode): Span {
  const name = entry(at(root, 'metadata'), 'name');
  if (name) return name.value.span;
  const kind = entry(root, 'kind');
  return kind ? kind.value.span : firstLine(root.span);
}

function firstLine(s: Span): Span {
  return { line: s.line, column: s.column, endLine: s.line, endColumn: s.line === s.endLine ? s.endColumn : s.column + 1 };
}

function place(file: string, doc: ManifestDoc, span: Span): Place {
  return { file, span, documentLines: doc.documentLines };
}
