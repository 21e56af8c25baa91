import type { RuleMeta } from '../../findings/finding.ts';
import { describe, policyDetection, type PolicyCheck } from './check.ts';

const rule: RuleMeta = {
  id: 'externalsecret-no-refresh',
  category: 'policy',
  severity: 'low',
  title: 'ExternalSecret never refreshes',
  description:
    'An ExternalSecret or ClusterExternalSecret with refreshInterval 0 (fetch once) or refreshPolicy CreatedOnce/OnChange: a value rotated in the secret store never reaches the cluster. One with no refreshInterval at all gets an info finding: it refreshes on the operator default (1h), a delay nobody reviewed.',
  help: 'Set spec.refreshInterval to a duration such as 1h (and refreshPolicy: Periodic), so rotations in the store propagate.',
  tags: ['governance', 'rotation', 'external-secrets'],
};

const UNIT_SECONDS: Record<string, number> = { ns: 1e-9, us: 1e-6, 'µs': 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** A Go `time.ParseDuration` string in seconds (`0` is allowed bare), or undefined when it is not one. */
export function durationSeconds(text: string): number | undefined {
  const s = text.trim().replace(/^[+-]/, '');
  if (s === '0') return 0;
  if (s === '') return undefined;
  const part = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;
  let total = 0;
  let pos = 0;
  while (pos < s.length) {
    part.lastIndex = pos;
    const m = part.exec(s);
    if (!m) return undefined;
    total += Number(m[1]) * (UNIT_SECONDS[m[2] as string] as number);
    pos = part.lastIndex;
  }
  return total;
}

export const externalSecretNoRefresh: PolicyCheck = {
  rule,
  run(inv) {
    return inv.externalSecrets.flatMap((es) => {
      const policy = es.refreshPolicy;
      const once = policy === 'CreatedOnce' || policy === 'OnChange';
      const zero = es.refreshInterval !== undefined && durationSeconds(es.refreshInterval) === 0;
      const identity = `${es.id.kind}:${es.id.namespace ?? ''}/${es.id.name ?? ''}`;
      if (!once && !zero) {
        if (es.refreshInterval !== undefined) return [];
        // The CRD defaults it to 1h, so this refreshes: worth a note, not a failure.
        return [
          policyDetection(rule, {
            place: es.place,
            span: es.refreshSpan,
            message: `${describe(es.id)} sets no refreshInterval: Secret '${es.secretName}' follows the store on the operator default (1h); set it explicitly so the rotation delay is a reviewed choice.`,
            identity,
            object: es.id,
            severity: 'info',
          }),
        ];
      }
      const why = once ? `has refreshPolicy ${policy}` : `has refreshInterval ${es.refreshInterval || '0'}`;
      return [
        policyDetection(rule, {
          place: es.place,
          span: es.refreshSpan,
          message: `${describe(es.id)} ${why}, so a value rotated in the secret store never reaches Secret '${es.secretName}'.`,
          identity,
          object: es.id,
        }),
      ];
    });
  },
};
