import { type SealedSecretScope } from '../../parse/sealed-secret.js';
import { type SealingKey } from './cert.js';
import type { UnsealingKey } from './keys.js';
import { type ManifestFormat } from './manifests.js';
import { type SealSettings } from './sealed-secret.js';
/** Options of {@link seal}. */
export interface SealOptions extends SealSettings {
    /** The controller certificate (PEM `CERTIFICATE`, or `PUBLIC KEY`), or a key loaded with `loadSealingKey`. */
    cert: string | SealingKey;
    /** Output format (default: the input's). */
    format?: ManifestFormat;
    /** The input's name for messages (default `-`). */
    file?: string;
    /** The time certificates are checked against (default now). */
    now?: Date;
}
/** What a sealing operation produced. */
export interface SealResult {
    /** The manifests to print or write. */
    output: string;
    format: ManifestFormat;
    /** How many objects were sealed, unsealed or re-encrypted. */
    count: number;
    /** Things to tell the user on stderr (certificate expiring soon, …); never secrets. */
    warnings: string[];
}
/**
 * Seals every Secret in `input` (YAML documents, JSON values, `kind: List`) into the SealedSecret kubeseal
 * would produce, one output document per input document (a List stays a List).
 * @throws SealgateError('INPUT') for input that is not a Secret, a Secret without name, a namespace
 *   mismatch, no namespace in strict or namespace-wide scope, an empty Secret, or a bad certificate.
 */
export declare function seal(input: string, options: SealOptions): SealResult;
/** Options of {@link sealRaw}: `--raw` needs the name and namespace the value will live under. */
export interface SealRawOptions {
    cert: string | SealingKey;
    scope?: SealedSecretScope;
    name?: string;
    namespace?: string;
    now?: Date;
}
/**
 * Seals one value (`kubeseal --raw`) and returns its base64 ciphertext, without a newline. Put it in a
 * SealedSecret whose name, namespace and scope annotations match the ones given here.
 * @throws as {@link rawTarget}; SealgateError('INPUT') for a bad certificate.
 */
export declare function sealRaw(value: Uint8Array, options: SealRawOptions): SealResult;
/**
 * The label parts of a `--raw` value.
 * @throws SealgateError('USAGE') with kubeseal's messages when the scope needs a name or namespace that is missing.
 */
export declare function rawTarget(options: Omit<SealRawOptions, 'cert'>): {
    scope: SealedSecretScope;
    name: string;
    namespace: string;
};
/** Options of {@link mergeInto}. */
export interface MergeOptions {
    cert: string | SealingKey;
    /** `--scope`: must agree with the target's scope (which is always used). */
    scope?: SealedSecretScope;
    /** `--name` / `--namespace`: must agree with the target's. */
    name?: string;
    namespace?: string;
    allowEmptyData?: boolean;
    /** Output format (default: the target file's own). */
    format?: ManifestFormat;
    /** Names for messages. */
    file?: string;
    targetFile?: string;
    now?: Date;
}
/**
 * Seals the items of the Secret(s) in `input` into an existing SealedSecret (`kubeseal --merge-into`):
 * adds or replaces `encryptedData` keys and copies the Secret's labels and annotations into the template,
 * keeping everything else (comments and layout too, for YAML). Unlike kubeseal, the values are sealed
 * with the target's own name, namespace and scope, and missing template maps are created.
 * @returns the whole target file, updated.
 * @throws SealgateError('INPUT') when the target is not one SealedSecret, or `--scope`, `--name` or
 *   `--namespace` contradict it; plus everything {@link seal} throws.
 */
export declare function mergeInto(target: string, input: string, options: MergeOptions): SealResult;
/** Options of {@link unseal}. */
export interface UnsealOptions {
    /** Private keys (see `loadUnsealingKeys`); every one is tried, like the controller does. */
    keys: readonly UnsealingKey[];
    /** Output format (default: the input's). */
    format?: ManifestFormat;
    file?: string;
}
/**
 * Recovery unseal (`kubeseal --recovery-unseal`): turns each SealedSecret in `input` into the Secret the
 * controller would create, without a cluster. Other kinds of objects in the input are an error.
 * @throws SealgateError('CRYPTO') `no key could decrypt …` naming the data keys and the key files tried;
 *   SealgateError('INPUT') for objects that are not SealedSecrets or lack a name or namespace.
 */
export declare function unseal(input: string, options: UnsealOptions): SealResult;
/** Options of {@link reseal}. */
export interface ResealOptions {
    /** The old private keys that open the values today. */
    keys: readonly UnsealingKey[];
    /** The new certificate to seal for. */
    cert: string | SealingKey;
    file?: string;
    now?: Date;
}
/**
 * Re-encrypts every SealedSecret in `input` for a new certificate without a cluster (key rotation):
 * each value is opened with the old keys and sealed again under the same name, namespace and scope.
 * Names, scopes, templates, comments and layout are kept; `sealgate.io/cert-sha256` is updated.
 * Plaintext stays in memory. Non-SealedSecret documents pass through unchanged.
 * @throws as {@link unseal}, before any output is produced.
 */
export declare function reseal(input: string, options: ResealOptions): SealResult;
/** One SealedSecret as {@link inspect} sees it. */
export interface InspectedSealedSecret {
    name: string | undefined;
    namespace: string | undefined;
    scope: SealedSecretScope;
    line: number;
    /** Data keys in `spec.encryptedData`. */
    keys: string[];
    /** RSA sizes (bits) the values were sealed with, from their length prefixes. */
    rsaBits: number[];
    /** `sealgate.io/cert-sha256`, when recorded. */
    certSha256: string | undefined;
}
/** A structural problem, located. */
export interface InspectProblem {
    file: string;
    line: number;
    message: string;
}
/** What {@link inspect} found. */
export interface InspectReport {
    sealedSecrets: InspectedSealedSecret[];
    problems: InspectProblem[];
}
/**
 * Checks the SealedSecrets in `input` without keys (see `checkSealedSecret`); with `cert`, also that each
 * value's RSA size and the recorded fingerprint match that certificate. Other objects are ignored.
 * @throws SealgateError('INPUT') when the input does not parse or holds no SealedSecret.
 */
export declare function inspect(input: string, options?: {
    file?: string;
    cert?: string | SealingKey;
    now?: Date;
}): InspectReport;
