/**
 * `sealedsecret-template-data`: a SealedSecret's `spec.encryptedData` is safe, but `spec.template.data` is
 * copied into the generated Secret as written — Go templates over the decrypted values
 * (`{{ index . "password" }}`) are fine, literal values are plaintext in the repository.
 */
import type { RuleMeta } from '../../findings/finding.js';
import type { Scanner } from '../scanner.js';
export declare const sealedTemplateRule: RuleMeta;
export declare const sealedTemplateScanner: Scanner;
