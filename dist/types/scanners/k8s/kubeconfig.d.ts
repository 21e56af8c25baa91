/**
 * `kubeconfig-credential`: credentials in kubeconfig files (`kind: Config`, or the `users` + `clusters`
 * shape; often extension-less). Per `users[].user`: `client-key-data` (a private key), `token`, `password`,
 * auth-provider `client-secret` / `id-token` / `refresh-token` / `access-token`, and `exec.env[]` values
 * with sensitive names. `certificate-authority-data` and `client-certificate-data` are public.
 */
import type { RuleMeta } from '../../findings/finding.js';
import type { Scanner } from '../scanner.js';
export declare const kubeconfigRule: RuleMeta;
export declare const kubeconfigScanner: Scanner;
