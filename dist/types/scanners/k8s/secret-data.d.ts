/**
 * `k8s-secret-plaintext` and `k8s-secret-base64`: every non-empty value of a core Secret's `stringData`
 * (plaintext) and `data` (base64 only), one detection per key at the key's line. Values that are templates,
 * substitutions, SOPS `ENC[…]` or empty are not secrets in the file. `data` is decoded and what it holds
 * (private key, registry credentials, JWT…) sets the wording and severity; `type` narrows which keys are
 * sensitive (TLS: `tls.key`; service-account-token: `token`; basic-auth: `password`; bootstrap token:
 * `token-secret`; ssh-auth: `ssh-privatekey`). Documents with SOPS metadata belong to `sops-unencrypted-value`.
 */
import type { Detection, RuleMeta } from '../../findings/finding.js';
import { type SecretView } from '../../parse/manifest.js';
import type { Scanner } from '../scanner.js';
export declare const plaintextRule: RuleMeta;
export declare const base64Rule: RuleMeta;
/** Detections for one Secret view (exported for the tests and for reuse on Secrets embedded elsewhere). */
export declare function secretDetections(secret: SecretView): Detection[];
export declare const secretDataScanner: Scanner;
