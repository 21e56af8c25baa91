import type { Detection } from './finding.ts';

/**
 * Drops `credential` detections that a `secret-manifest` detection already covers: same lines, and the
 * manifest detection's secret contains the credential's (a password in a Secret's stringData is one
 * leak, reported once, with its Kubernetes context and fix). Everything else is kept, in order.
 */
export function dropCoveredCredentials(detections: readonly Detection[]): Detection[] {
  const manifest = detections.filter((d) => d.category === 'secret-manifest' && d.secret !== undefined && d.secret !== '');
  if (manifest.length === 0) return [...detections];
  return detections.filter((d) => {
    if (d.category !== 'credential' || d.secret === undefined || d.secret === '') return true;
    const secret = d.secret;
    return !manifest.some((m) => m.line <= d.line && d.line <= m.endLine && (m.secret as string).includes(secret));
  });
}
