import type { Detection } from './finding.js';
/**
 * Drops `credential` detections that a `secret-manifest` detection already covers: same lines, and the
 * manifest detection's secret contains the credential's (a password in a Secret's stringData is one
 * leak, reported once, with its Kubernetes context and fix). Everything else is kept, in order.
 */
export declare function dropCoveredCredentials(detections: readonly Detection[]): Detection[];
