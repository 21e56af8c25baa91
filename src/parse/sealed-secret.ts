/**
 * The SealedSecret format without keys: scopes, their annotations, base64 as Go decodes it, the byte layout
 * of a sealed value, and a structural check. Pure and self-contained, shared by the `sealedsecret-malformed`
 * scanner and the kubeseal sealer (sealed-secrets `pkg/apis/sealedsecrets/v1alpha1`, `pkg/crypto/crypto.go`).
 */

/** How far a sealed value may travel: strict binds it to namespace and name, namespace-wide to the namespace. */
export type SealedSecretScope = 'strict' | 'namespace-wide' | 'cluster-wide';

export const SCOPES: readonly SealedSecretScope[] = ['strict', 'namespace-wide', 'cluster-wide'];
export const NAMESPACE_WIDE_ANNOTATION = 'sealedsecrets.bitnami.com/namespace-wide';
export const CLUSTER_WIDE_ANNOTATION = 'sealedsecrets.bitnami.com/cluster-wide';
/** sealgate's record of the certificate a SealedSecret was sealed for (hex SHA-256 of its SPKI DER). */
export const CERT_SHA256_ANNOTATION = 'sealgate.io/cert-sha256';
export const SEALED_SECRET_API_VERSION = 'bitnami.com/v1alpha1';

/**
 * Stands for a value a template engine fills in later (a Helm `{{ … }}` action): present, but not checkable.
 * Callers that convert templated scalars may use it; strings containing `{{` are treated the same way.
 */
export const TEMPLATED: unique symbol = Symbol('templated');

/** Returns true when `s` is one of the three scope names. */
export function isScope(s: unknown): s is SealedSecretScope {
  return typeof s === 'string' && (SCOPES as readonly string[]).includes(s);
}

/**
 * The scope the controller reads from a metadata's annotations: cluster-wide wins over namespace-wide;
 * only the exact string `"true"` counts; anything else is strict (types.go `SecretScope`).
 */
export function scopeFromAnnotations(annotations: unknown): SealedSecretScope {
  if (!isRecord(annotations)) return 'strict';
  if (annotations[CLUSTER_WIDE_ANNOTATION] === 'true') return 'cluster-wide';
  if (annotations[NAMESPACE_WIDE_ANNOTATION] === 'true') return 'namespace-wide';
  return 'strict';
}

/**
 * Returns a copy of `annotations` with both scope annotations removed and the one for `scope` added
 * (none for strict), as `UpdateScopeAnnotations` does.
 */
export function withScopeAnnotations(annotations: Record<string, string>, scope: SealedSecretScope): Record<string, string> {
  const out = { ...annotations };
  delete out[NAMESPACE_WIDE_ANNOTATION];
  delete out[CLUSTER_WIDE_ANNOTATION];
  if (scope === 'namespace-wide') out[NAMESPACE_WIDE_ANNOTATION] = 'true';
  if (scope === 'cluster-wide') out[CLUSTER_WIDE_ANNOTATION] = 'true';
  return out;
}

/** The OAEP label a value is sealed with: `ns/name` (strict), `ns` (namespace-wide) or empty (cluster-wide). */
export function encryptionLabel(scope: SealedSecretScope, namespace: string, name: string): Uint8Array {
  const text = scope === 'strict' ? `${namespace}/${name}` : scope === 'namespace-wide' ? namespace : '';
  return new TextEncoder().encode(text);
}

/** Returns true for a `kind: SealedSecret` object of the `bitnami.com` API group (any version). */
export function isSealedSecret(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && value['kind'] === 'SealedSecret' && typeof value['apiVersion'] === 'string' && value['apiVersion'].startsWith('bitnami.com/');
}

// Fixed-size groups and a distinct tail: linear, no backtracking.
const BASE64_STD = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes standard, padded base64 the way Go's `base64.StdEncoding` does (`\r` and `\n` ignored; URL-safe
 * characters, missing padding and other garbage rejected). Returns undefined for invalid input.
 */
export function decodeBase64Std(text: string): Buffer | undefined {
  const clean = text.includes('\n') || text.includes('\r') ? text.replace(/[\r\n]/g, '') : text;
  if (!BASE64_STD.test(clean)) return undefined;
  return Buffer.from(clean, 'base64');
}

/** AES-GCM tag length: the smallest AES part of a sealed value (an empty plaintext). */
export const GCM_TAG_BYTES = 16;

/** What the bytes of a sealed value say about themselves, before any key is involved. */
export type SealedValueLayout =
  | { ok: true; rsaBytes: number; plaintextBytes: number }
  | { ok: false; problem: string };

/**
 * Checks the layout `uint16_be(k) ‖ RSA block (k bytes) ‖ AES-GCM ciphertext ‖ 16-byte tag`, with `k` a
 * plausible RSA modulus size (1024 to 16384 bits, a multiple of 128 bits).
 */
export function sealedValueLayout(bytes: Uint8Array): SealedValueLayout {
  if (bytes.length < 2) return { ok: false, problem: 'is too short to be a sealed value' };
  const k = ((bytes[0] as number) << 8) | (bytes[1] as number);
  if (k < 128 || k > 2048 || k % 16 !== 0) {
    return { ok: false, problem: `starts with a length prefix of ${k} bytes, which is no RSA key size (not a sealed value?)` };
  }
  if (bytes.length < 2 + k + GCM_TAG_BYTES) {
    return { ok: false, problem: `is ${bytes.length} bytes, shorter than its RSA-${k * 8} block and tag need (truncated?)` };
  }
  return { ok: true, rsaBytes: k, plaintextBytes: bytes.length - 2 - k - GCM_TAG_BYTES };
}

/** One structural problem: where (a key path into the object) and what, in one sentence without secrets. */
export interface StructuralProblem {
  path: readonly string[];
  message: string;
}

/**
 * Checks a SealedSecret without keys: apiVersion, name, namespace for strict and namespace-wide scope,
 * scope annotations (exactly `"true"`, the same at both metadata levels), `spec.encryptedData` present
 * with base64 values whose layout fits an RSA key. Returns [] when nothing is wrong. Never throws.
 * Values that are {@link TEMPLATED} or contain `{{` are not checked.
 */
export function checkSealedSecret(value: unknown): StructuralProblem[] {
  const problems: StructuralProblem[] = [];
  const add = (path: readonly string[], message: string) => problems.push({ path, message });
  if (!isRecord(value)) return [{ path: [], message: 'a SealedSecret must be a mapping' }];
  if (isTemplated(value['apiVersion'])) return problems;
  if (value['apiVersion'] !== SEALED_SECRET_API_VERSION) {
    add(['apiVersion'], `apiVersion must be ${SEALED_SECRET_API_VERSION} (the only version the controller serves)`);
  }
  const meta = value['metadata'];
  if (!isRecord(meta)) {
    add(['metadata'], 'metadata is missing: a SealedSecret needs at least a name');
    return problems;
  }
  const name = meta['name'];
  if (!isTemplated(name) && (typeof name !== 'string' || name === '')) add(['metadata'], 'metadata.name is missing');

  const annotations = meta['annotations'];
  const topLevelScopeKnown = !isTemplated(annotations);
  if (topLevelScopeKnown) checkScopeAnnotationValues(annotations, ['metadata', 'annotations'], add);
  const scope = scopeFromAnnotations(annotations);
  const namespace = meta['namespace'];
  if (topLevelScopeKnown && scope !== 'cluster-wide' && !isTemplated(namespace) && (typeof namespace !== 'string' || namespace === '')) {
    add(['metadata'], `metadata.namespace is missing: ${scope} values are sealed for one namespace, so the SealedSecret must name it`);
  }

  const spec = value['spec'];
  if (!isRecord(spec)) {
    add(['spec'], 'spec is missing');
    return problems;
  }
  const template = spec['template'];
  const templateMeta = isRecord(template) ? template['metadata'] : undefined;
  const templateAnnotations = isRecord(templateMeta) ? templateMeta['annotations'] : undefined;
  if (isRecord(templateMeta) && !isTemplated(templateAnnotations)) {
    checkScopeAnnotationValues(templateAnnotations, ['spec', 'template', 'metadata', 'annotations'], add);
    const templateScope = scopeFromAnnotations(templateAnnotations);
    if (topLevelScopeKnown && templateScope !== scope) {
      add(
        isRecord(templateAnnotations) ? ['spec', 'template', 'metadata', 'annotations'] : ['spec', 'template', 'metadata'],
        `scope annotations disagree: metadata says ${scope}, spec.template.metadata says ${templateScope} (the controller decrypts with metadata's; keep both the same)`,
      );
    }
  }

  const encrypted = spec['encryptedData'];
  if (spec['data'] !== undefined && spec['data'] !== null && encrypted !== undefined) {
    add(['spec', 'data'], 'spec.data (the deprecated v1 format) and spec.encryptedData cannot both be set');
  }
  if (encrypted === undefined || encrypted === null) {
    if (spec['data'] === undefined || spec['data'] === null) add(['spec'], 'spec.encryptedData is missing (the CRD requires it, even if empty)');
    return problems;
  }
  if (isTemplated(encrypted)) return problems;
  if (!isRecord(encrypted)) {
    add(['spec', 'encryptedData'], 'spec.encryptedData must be a mapping of key to sealed value');
    return problems;
  }
  for (const [key, sealed] of Object.entries(encrypted)) {
    if (isTemplated(sealed)) continue;
    const path = ['spec', 'encryptedData', key];
    if (typeof sealed !== 'string') {
      add(path, `spec.encryptedData.${key} must be a base64 string`);
      continue;
    }
    const bytes = decodeBase64Std(sealed);
    if (bytes === undefined) {
      add(path, `spec.encryptedData.${key} is not valid standard base64 (padded, no URL-safe characters)`);
      continue;
    }
    const layout = sealedValueLayout(bytes);
    if (!layout.ok) add(path, `spec.encryptedData.${key} ${layout.problem}`);
  }
  return problems;
}

function checkScopeAnnotationValues(annotations: unknown, path: string[], add: (path: readonly string[], message: string) => void): void {
  if (!isRecord(annotations)) return;
  for (const key of [NAMESPACE_WIDE_ANNOTATION, CLUSTER_WIDE_ANNOTATION]) {
    const v = annotations[key];
    if (v === undefined || v === 'true' || isTemplated(v)) continue;
    const shown = typeof v === 'string' ? `"${v.slice(0, 20)}"` : String(v);
    add([...path, key], `${key} is ${shown}: only the string "true" counts, so the controller ignores it`);
  }
}

function isTemplated(v: unknown): boolean {
  return v === TEMPLATED || (typeof v === 'string' && v.includes('{{'));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
