/**
 * The SealedSecret format without keys: scopes, their annotations, base64 as Go decodes it, the byte layout
 * of a sealed value, and a structural check. Pure and self-contained, shared by the `sealedsecret-malformed`
 * scanner and the kubeseal sealer (sealed-secrets `pkg/apis/sealedsecrets/v1alpha1`, `pkg/crypto/crypto.go`).
 */
/** How far a sealed value may travel: strict binds it to namespace and name, namespace-wide to the namespace. */
export type SealedSecretScope = 'strict' | 'namespace-wide' | 'cluster-wide';
export declare const SCOPES: readonly SealedSecretScope[];
export declare const NAMESPACE_WIDE_ANNOTATION = "sealedsecrets.bitnami.com/namespace-wide";
export declare const CLUSTER_WIDE_ANNOTATION = "sealedsecrets.bitnami.com/cluster-wide";
/** sealgate's record of the certificate a SealedSecret was sealed for (hex SHA-256 of its SPKI DER). */
export declare const CERT_SHA256_ANNOTATION = "sealgate.io/cert-sha256";
export declare const SEALED_SECRET_API_VERSION = "bitnami.com/v1alpha1";
/**
 * Stands for a value a template engine fills in later (a Helm `{{ … }}` action): present, but not checkable.
 * Callers that convert templated scalars may use it; strings containing `{{` are treated the same way.
 */
export declare const TEMPLATED: unique symbol;
/** Returns true when `s` is one of the three scope names. */
export declare function isScope(s: unknown): s is SealedSecretScope;
/**
 * The scope the controller reads from a metadata's annotations: cluster-wide wins over namespace-wide;
 * only the exact string `"true"` counts; anything else is strict (types.go `SecretScope`).
 */
export declare function scopeFromAnnotations(annotations: unknown): SealedSecretScope;
/**
 * Returns a copy of `annotations` with both scope annotations removed and the one for `scope` added
 * (none for strict), as `UpdateScopeAnnotations` does.
 */
export declare function withScopeAnnotations(annotations: Record<string, string>, scope: SealedSecretScope): Record<string, string>;
/** The OAEP label a value is sealed with: `ns/name` (strict), `ns` (namespace-wide) or empty (cluster-wide). */
export declare function encryptionLabel(scope: SealedSecretScope, namespace: string, name: string): Uint8Array;
/** Returns true for a `kind: SealedSecret` object of the `bitnami.com` API group (any version). */
export declare function isSealedSecret(value: unknown): value is Record<string, unknown>;
/**
 * Decodes standard, padded base64 the way Go's `base64.StdEncoding` does (`\r` and `\n` ignored; URL-safe
 * characters, missing padding and other garbage rejected). Returns undefined for invalid input.
 */
export declare function decodeBase64Std(text: string): Buffer | undefined;
/** AES-GCM tag length: the smallest AES part of a sealed value (an empty plaintext). */
export declare const GCM_TAG_BYTES = 16;
/** What the bytes of a sealed value say about themselves, before any key is involved. */
export type SealedValueLayout = {
    ok: true;
    rsaBytes: number;
    plaintextBytes: number;
} | {
    ok: false;
    problem: string;
};
/**
 * Checks the layout `uint16_be(k) ‖ RSA block (k bytes) ‖ AES-GCM ciphertext ‖ 16-byte tag`, with `k` a
 * plausible RSA modulus size (1024 to 16384 bits, a multiple of 128 bits).
 */
export declare function sealedValueLayout(bytes: Uint8Array): SealedValueLayout;
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
export declare function checkSealedSecret(value: unknown): StructuralProblem[];
