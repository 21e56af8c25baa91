/**
 * SOPS files in the repository: a `sops` block without a MAC (`sops-mac-missing`), a MAC that fails with
 * an identity the caller provides (`sops-mac-mismatch`), and values left in plaintext where the file's
 * own selector says they are encrypted (`sops-plaintext-value`). Leaves under a Kubernetes Secret's
 * `data`/`stringData` are left to the k8s scanner's `sops-unencrypted-value`, so each concept has one rule.
 */
import type { RuleMeta } from '../../findings/finding.js';
import type { Scanner } from '../scanner.js';
export declare const SOPS_RULES: readonly RuleMeta[];
/** The SOPS scanner (see the module comment). */
export declare function sopsScanner(): Scanner;
