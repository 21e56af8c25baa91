import { SealgateError } from '../../errors.ts';
import {
  CERT_SHA256_ANNOTATION,
  CLUSTER_WIDE_ANNOTATION,
  NAMESPACE_WIDE_ANNOTATION,
  SEALED_SECRET_API_VERSION,
  decodeBase64Std,
  encryptionLabel,
  isSealedSecret,
  scopeFromAnnotations,
  withScopeAnnotations,
  type SealedSecretScope,
} from '../../parse/sealed-secret.ts';
import type { LineIndex } from '../../position.ts';
import type { SealingKey } from './cert.ts';
import { hybridDecrypt, hybridEncrypt } from './hybrid.ts';
import type { UnsealingKey } from './keys.ts';
import { isRecord, lineAt, type ManifestObject } from './manifests.ts';
import type { SecretInput } from './secret-input.ts';
import { renderTemplate } from './template.ts';

/** How to seal a Secret (the kubeseal flags that shape the SealedSecret). */
export interface SealSettings {
  /** `--scope` when given; otherwise the Secret's own scope annotations decide (default strict). */
  scope?: SealedSecretScope;
  /** `--name`: overrides `metadata.name`. */
  name?: string;
  /** `--namespace`: fills an empty `metadata.namespace`; a different non-empty one is an error. */
  namespace?: string;
  /** `--allow-empty-data`: seal a Secret without items. */
  allowEmptyData?: boolean;
}

/** A Secret with its final name, namespace and scope: what the OAEP label is made of. */
export interface SealTarget {
  name: string;
  namespace: string | undefined;
  scope: SealedSecretScope;
}

/**
 * Decides the name, namespace and scope a Secret is sealed with, as kubeseal does (§3.2 steps 2–5, 7).
 * @throws SealgateError('INPUT') for an empty Secret (without `allowEmptyData`), no name, a namespace
 *   that contradicts `--namespace`, or no namespace in strict or namespace-wide scope.
 */
export function sealTarget(secret: SecretInput, settings: SealSettings): SealTarget {
  const where = (m: string) => new SealgateError('INPUT', m, secret.file, secret.line);
  const label = secret.name === undefined ? 'the Secret' : `Secret "${secret.name}"`;
  if (secret.items.size === 0 && !settings.allowEmptyData) {
    throw where(`${label} has no data or stringData: nothing to seal (pass --allow-empty-data to seal it anyway)`);
  }
  const name = settings.name ?? secret.name;
  if (name === undefined || name === '') throw where('missing metadata.name in input Secret: add one or pass --name');
  const scope = settings.scope ?? scopeFromAnnotations(secret.metadata['annotations']);
  if (settings.namespace !== undefined && secret.namespace !== undefined && secret.namespace !== settings.namespace) {
    throw where(`namespace mismatch: input secret is in namespace "${secret.namespace}" but "${settings.namespace}" was specified`);
  }
  const namespace = secret.namespace ?? settings.namespace;
  if (namespace === undefined && scope !== 'cluster-wide') {
    throw where(`Secret "${name}" has no metadata.namespace: add one or pass --namespace (${scope} scope seals it for one namespace)`);
  }
  return { name, namespace, scope };
}

// ObjectMeta's JSON field order (k8s.io/apimachinery/pkg/apis/meta/v1 types.go), for kubeseal's JSON output.
const OBJECT_META_FIELDS = [
  'name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp',
  'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields',
] as const;
// kubeseal strips these before copying the metadata into the template (read-only fields, #227, #243);
// managedFields too, which kubeseal keeps but which only matters inside a cluster.
const NOT_COPIED = ['selfLink', 'uid', 'resourceVersion', 'generation', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'ownerReferences', 'managedFields'];
const LAST_APPLIED = ['kubectl.kubernetes.io/last-applied-configuration', 'kubecfg.ksonnet.io/last-applied-configuration'];

/**
 * Builds the SealedSecret kubeseal would print for `secret` (field order as its JSON output), every value
 * sealed for `key` under the target's label, plus sealgate's `sealgate.io/cert-sha256` annotation.
 */
export function buildSealedSecret(secret: SecretInput, target: SealTarget, key: SealingKey): Record<string, unknown> {
  const templateMeta: Record<string, unknown> = { ...secret.metadata, name: target.name, creationTimestamp: null };
  if (target.namespace !== undefined) templateMeta['namespace'] = target.namespace;
  for (const f of NOT_COPIED) delete templateMeta[f];
  const annotations = withScopeAnnotations({ ...((secret.metadata['annotations'] as Record<string, string> | undefined) ?? {}) }, target.scope);
  for (const a of LAST_APPLIED) delete annotations[a];
  templateMeta['annotations'] = annotations;

  const label = encryptionLabel(target.scope, target.namespace ?? '', target.name);
  const encryptedData: Record<string, string> = {};
  for (const [k, bytes] of sortedEntries(secret.items)) encryptedData[k] = hybridEncrypt(key.publicKey, bytes, label).toString('base64');

  const template: Record<string, unknown> = { metadata: objectMeta(templateMeta) };
  if (secret.type !== undefined) template['type'] = secret.type;
  if (secret.immutable !== undefined) template['immutable'] = secret.immutable;
  const topAnnotations = withScopeAnnotations({ [CERT_SHA256_ANNOTATION]: key.sha256 }, target.scope);
  return {
    kind: 'SealedSecret',
    apiVersion: SEALED_SECRET_API_VERSION,
    metadata: objectMeta({ name: target.name, namespace: target.namespace, creationTimestamp: null, annotations: topAnnotations }),
    spec: { template, encryptedData },
  };
}

/** Seals one value (`kubeseal --raw`): base64 of the hybrid ciphertext under the target's label. */
export function sealRawValue(value: Uint8Array, target: { scope: SealedSecretScope; name: string; namespace: string }, key: SealingKey): string {
  return hybridEncrypt(key.publicKey, value, encryptionLabel(target.scope, target.namespace, target.name)).toString('base64');
}

/** Metadata in ObjectMeta order with Go's `omitempty` (creationTimestamp kept as null), maps sorted. */
function objectMeta(meta: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of OBJECT_META_FIELDS) {
    const v = meta[f];
    if (f === 'creationTimestamp') {
      out[f] = v ?? null;
      continue;
    }
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (isRecord(v) && (f === 'labels' || f === 'annotations')) {
      if (Object.keys(v).length > 0) out[f] = Object.fromEntries(sortedEntries(new Map(Object.entries(v))));
      continue;
    }
    out[f] = v;
  }
  return out;
}

function sortedEntries<V>(map: Map<string, V>): Array<[string, V]> {
  return [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The name, namespace and scope a SealedSecret's values were sealed for (its top-level metadata). */
export interface SealedIdentity {
  name: string;
  namespace: string;
  scope: SealedSecretScope;
}

/**
 * Reads the identity the controller derives the label from: top-level name, namespace and scope annotations.
 * @throws SealgateError('INPUT') when the object is not a SealedSecret, has no name, or (strict,
 *   namespace-wide) no namespace.
 */
export function sealedIdentity(object: ManifestObject, lines: LineIndex): SealedIdentity {
  const v = object.value;
  const fail = (m: string, path: string[] = []): never => {
    throw new SealgateError('INPUT', m, object.file, lineAt(object, path, lines));
  };
  if (!isSealedSecret(v)) {
    const kind = isRecord(v) && typeof v['kind'] === 'string' ? v['kind'] : 'not a Kubernetes object';
    return fail(`expected a SealedSecret (apiVersion ${SEALED_SECRET_API_VERSION}), found ${kind}`, ['kind']);
  }
  const meta = isRecord(v['metadata']) ? v['metadata'] : {};
  const name = meta['name'];
  if (typeof name !== 'string' || name === '') return fail('the SealedSecret has no metadata.name', ['metadata']);
  const scope = scopeFromAnnotations(meta['annotations']);
  const namespace = typeof meta['namespace'] === 'string' ? meta['namespace'] : '';
  if (namespace === '' && scope !== 'cluster-wide') {
    fail(`SealedSecret "${name}" has no metadata.namespace; its ${scope} values were sealed for one: add it to the file`, ['metadata']);
  }
  return { name, namespace, scope };
}

/** The `encryptedData` map of a SealedSecret. @throws SealgateError('INPUT') for the deprecated v1 `spec.data` or a non-map. */
export function encryptedDataOf(object: ManifestObject, lines: LineIndex): Record<string, unknown> {
  const v = object.value as Record<string, unknown>;
  const spec = isRecord(v['spec']) ? v['spec'] : {};
  const at = (path: string[]) => lineAt(object, path, lines);
  if (spec['data'] !== undefined && spec['data'] !== null) {
    const both = spec['encryptedData'] !== undefined;
    throw new SealgateError(
      'INPUT',
      both ? "cannot use the field 'encryptedData' and the deprecated field 'data' at the same time" : "using the deprecated 'data' field (sealed-secrets v1 format), which sealgate does not open: re-seal it with encryptedData",
      object.file,
      at(['spec', 'data']),
    );
  }
  const encrypted = spec['encryptedData'] ?? {};
  if (!isRecord(encrypted)) throw new SealgateError('INPUT', 'spec.encryptedData must be a mapping', object.file, at(['spec', 'encryptedData']));
  return encrypted;
}

/** Keys to try, the one whose fingerprint the SealedSecret records first. */
function keysInOrder(object: ManifestObject, keys: readonly UnsealingKey[]): UnsealingKey[] {
  const meta = (object.value as Record<string, unknown>)['metadata'];
  const annotations = isRecord(meta) ? meta['annotations'] : undefined;
  const recorded = isRecord(annotations) ? annotations[CERT_SHA256_ANNOTATION] : undefined;
  return [...keys].sort((a, b) => Number(b.sha256 === recorded) - Number(a.sha256 === recorded));
}

/**
 * Opens every value of a SealedSecret with the first key that can.
 * @returns the plaintext per key, in the object's key order.
 * @throws SealgateError('CRYPTO') listing the data keys that did not open and the key files tried
 *   (never values or key material); SealgateError('INPUT') for an undecodable value.
 */
export function openSealedValues(object: ManifestObject, keys: readonly UnsealingKey[], lines: LineIndex): Map<string, Buffer> {
  const id = sealedIdentity(object, lines);
  const encrypted = encryptedDataOf(object, lines);
  const label = encryptionLabel(id.scope, id.namespace, id.name);
  const ordered = keysInOrder(object, keys);
  const privateKeys = ordered.map((k) => k.privateKey);
  const opened = new Map<string, Buffer>();
  const unopened: string[] = [];
  for (const [k, sealed] of Object.entries(encrypted)) {
    const at = lineAt(object, ['spec', 'encryptedData', k], lines);
    const bytes = typeof sealed === 'string' ? decodeBase64Std(sealed) : undefined;
    if (bytes === undefined) throw new SealgateError('INPUT', `spec.encryptedData.${k} is not valid base64`, object.file, at);
    const result = hybridDecrypt(privateKeys, bytes, label);
    if (result.ok) opened.set(k, result.plaintext);
    else if (result.reason === 'no-key') unopened.push(k);
    else throw new SealgateError('CRYPTO', `spec.encryptedData.${k} ${result.detail ?? 'cannot be opened'}`, object.file, at);
  }
  if (unopened.length > 0) {
    const who = id.namespace === '' ? id.name : `${id.namespace}/${id.name}`;
    const tried = [...new Set(keys.map((k) => k.source))].join(', ');
    throw new SealgateError(
      'CRYPTO',
      `no key could decrypt SealedSecret ${who} (${unopened.join(', ')}); tried ${tried}: wrong key, or its name, namespace or ${id.scope} scope changed since it was sealed`,
      object.file,
      object.line,
    );
  }
  return opened;
}

/**
 * What the controller makes of a SealedSecret (`Unseal`): the template's metadata with name and namespace
 * forced to the SealedSecret's, an ownerReference to it (unless the template skips it), type, immutable,
 * and `data` as base64 of the opened values plus rendered `spec.template.data`.
 * @returns the Secret (kubeseal's JSON field order) and warnings for template entries it could not render.
 * @throws as {@link openSealedValues}.
 */
export function unsealToSecret(object: ManifestObject, keys: readonly UnsealingKey[], lines: LineIndex): { secret: Record<string, unknown>; warnings: string[] } {
  const id = sealedIdentity(object, lines);
  const opened = openSealedValues(object, keys, lines);
  const spec = (object.value as Record<string, unknown>)['spec'] as Record<string, unknown>;
  const template = isRecord(spec['template']) ? spec['template'] : {};
  const templateMeta = isRecord(template['metadata']) ? template['metadata'] : {};
  const warnings: string[] = [];
  const values = new Map<string, Buffer>(opened);
  if (isRecord(template['data'])) {
    const context = new Map([...opened].map(([k, b]) => [k, b.toString('utf8')]));
    for (const [k, text] of Object.entries(template['data'])) {
      const rendered = typeof text === 'string' ? renderTemplate(text, context) : undefined;
      if (rendered === undefined) {
        warnings.push(`${object.file}:${lineAt(object, ['spec', 'template', 'data', k], lines)}: spec.template.data.${k} uses template functions sealgate cannot render (only {{ .key }} and {{ index . "key" }}); left out`);
      } else values.set(k, Buffer.from(rendered, 'utf8'));
    }
  }
  const templateAnnotations = isRecord(templateMeta['annotations']) ? templateMeta['annotations'] : {};
  const meta: Record<string, unknown> = { ...templateMeta, name: id.name, namespace: id.namespace };
  if (templateAnnotations['sealedsecrets.bitnami.com/skip-set-owner-references'] !== 'true') {
    meta['ownerReferences'] = [{ apiVersion: SEALED_SECRET_API_VERSION, kind: 'SealedSecret', name: id.name, uid: '', controller: true }];
  }
  const secret: Record<string, unknown> = { kind: 'Secret', apiVersion: 'v1', metadata: objectMeta(meta) };
  if (typeof template['immutable'] === 'boolean') secret['immutable'] = template['immutable'];
  if (values.size > 0) secret['data'] = Object.fromEntries(sortedEntries(values).map(([k, b]) => [k, b.toString('base64')]));
  if (typeof template['type'] === 'string') secret['type'] = template['type'];
  return { secret, warnings };
}

/** Annotation keys that describe how a SealedSecret was sealed rather than the Secret it makes. */
export const SEALING_ANNOTATIONS = [NAMESPACE_WIDE_ANNOTATION, CLUSTER_WIDE_ANNOTATION, CERT_SHA256_ANNOTATION, ...LAST_APPLIED];
