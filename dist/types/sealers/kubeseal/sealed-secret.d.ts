import { type SealedSecretScope } from '../../parse/sealed-secret.js';
import type { LineIndex } from '../../position.js';
import type { SealingKey } from './cert.js';
import type { UnsealingKey } from './keys.js';
import { type ManifestObject } from './manifests.js';
import type { SecretInput } from './secret-input.js';
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
export declare function sealTarget(secret: SecretInput, settings: SealSettings): SealTarget;
/**
 * Builds the SealedSecret kubeseal would print for `secret` (field order as its JSON output), every value
 * sealed for `key` under the target's label, plus sealgate's `sealgate.io/cert-sha256` annotation.
 */
export declare function buildSealedSecret(secret: SecretInput, target: SealTarget, key: SealingKey): Record<string, unknown>;
/** Seals one value (`kubeseal --raw`): base64 of the hybrid ciphertext under the target's label. */
export declare function sealRawValue(value: Uint8Array, target: {
    scope: SealedSecretScope;
    name: string;
    namespace: string;
}, key: SealingKey): string;
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
export declare function sealedIdentity(object: ManifestObject, lines: LineIndex): SealedIdentity;
/** The `encryptedData` map of a SealedSecret. @throws SealgateError('INPUT') for the deprecated v1 `spec.data` or a non-map. */
export declare function encryptedDataOf(object: ManifestObject, lines: LineIndex): Record<string, unknown>;
/**
 * Opens every value of a SealedSecret with the first key that can.
 * @returns the plaintext per key, in the object's key order.
 * @throws SealgateError('CRYPTO') listing the data keys that did not open and the key files tried
 *   (never values or key material); SealgateError('INPUT') for an undecodable value.
 */
export declare function openSealedValues(object: ManifestObject, keys: readonly UnsealingKey[], lines: LineIndex): Map<string, Buffer>;
/**
 * What the controller makes of a SealedSecret (`Unseal`): the template's metadata with name and namespace
 * forced to the SealedSecret's, an ownerReference to it (unless the template skips it), type, immutable,
 * and `data` as base64 of the opened values plus rendered `spec.template.data`.
 * @returns the Secret (kubeseal's JSON field order) and warnings for template entries it could not render.
 * @throws as {@link openSealedValues}.
 */
export declare function unsealToSecret(object: ManifestObject, keys: readonly UnsealingKey[], lines: LineIndex): {
    secret: Record<string, unknown>;
    warnings: string[];
};
/** Annotation keys that describe how a SealedSecret was sealed rather than the Secret it makes. */
export declare const SEALING_ANNOTATIONS: string[];
