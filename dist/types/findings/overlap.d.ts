import type { Detection } from './finding.js';
/**
 * Drops `credential` detections that a `secret-manifest` detection already covers: same lines, and the
 * manifest detection's secret contains the credential's, as text or as the base64 a Secret's `data`
 * holds it in (a password in a Secret is one leak, reported once, with its Kubernetes context and fix).
 * Everything else is kept, in order.
 */
export declare function dropCoveredCredentials(detections: readonly Detection[]): Detection[];
