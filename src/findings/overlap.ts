import type { Detection } from './finding.ts';

/**
 * Drops `credential` detections that a `secret-manifest` detection already covers: same lines, and the
 * manifest detection's secret contains the credential's, as text or as the base64 a Secret's `data`
 * holds it in (a password in a Secret is one leak, reported once, with its Kubernetes context and fix).
 * Everything else is kept, in order.
 */
export function dropCoveredCredentials(detections: readonly Detection[]): Detection[] {
  const manifest = detections
    .filter((d) => d.category === 'secret-manifest' && d.secret !== undefined && d.secret !== '')
    .map((m) => ({ m, texts: [m.secret as string, Buffer.from(m.secret as string, 'utf8').toString('base64')] }));
  if (manifest.length === 0) return [...detections];
  return detections.filter((d) => {
    if (d.category !== 'credential' || d.secret === undefined || d.secret === '') return true;
    const secret = d.secret;
    return !manifest.some(({ m, texts }) => m.line <= d.line && d.line <= m.endLine && texts.some((t) => t.includes(secret)));
  });
}
