import type { SealedSecretScope } from '../parse/sealed-secret.js';
import type { ManifestDoc, ParsedFile } from '../parse/types.js';
import type { SealingKey } from '../sealers/kubeseal/cert.js';
import { type Range } from './splice.js';
export interface SealedEdit {
    range: Range;
    /** The SealedSecret, laid out for the range. */
    text: string;
    /** Certificate warnings (expiring soon); never secrets. */
    warnings: string[];
}
/**
 * Seals the Secret `doc` of `parsed` (a YAML document, a `List` item, or a JSON value) for `key`.
 * @throws SealgateError('INPUT') naming the file and line when the Secret cannot be sealed as it is (no name,
 *   no namespace for a strict or namespace-wide scope, `data` that is not base64, template actions…).
 */
export declare function sealDocument(text: string, parsed: ParsedFile, doc: ManifestDoc, key: SealingKey, options: {
    file: string;
    scope?: SealedSecretScope;
    namespace?: string;
    now?: Date;
}): SealedEdit;
