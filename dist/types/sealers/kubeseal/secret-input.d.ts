import type { LineIndex } from '../../position.js';
import { type ManifestObject } from './manifests.js';
/** A Secret read from a manifest, checked, with its values as bytes. */
export interface SecretInput {
    /** `metadata` as written (validated: string name/namespace, string-valued labels and annotations). */
    metadata: Record<string, unknown>;
    name: string | undefined;
    namespace: string | undefined;
    type: string | undefined;
    immutable: boolean | undefined;
    /** `data` (base64-decoded) then `stringData` (UTF-8); stringData wins on a shared key, as in kubeseal. */
    items: Map<string, Uint8Array>;
    file: string;
    line: number;
}
/**
 * Reads one object as a Secret the way kubeseal decodes it into a `v1.Secret`.
 * @throws SealgateError('INPUT') naming the file and line when it is not a Secret, a value in `data` is not
 *   base64, or a field has the wrong type. Messages name keys, never values.
 */
export declare function readSecret(object: ManifestObject, lines: LineIndex): SecretInput;
