/**
 * `sops-unencrypted-value`: in a document with SOPS metadata, a Secret's `data`/`stringData` leaf that is
 * not `ENC[…]` was left in plaintext (usually an `encrypted_regex` that does not match, or a key added
 * after encryption). Keys with the file's `unencrypted_suffix` (default `_unencrypted`) are left as SOPS
 * intends. MAC checks live with the SOPS sealer.
 */
import type { RuleMeta } from '../../findings/finding.js';
import type { Scanner } from '../scanner.js';
export declare const sopsUnencryptedRule: RuleMeta;
export declare const sopsUnencryptedScanner: Scanner;
