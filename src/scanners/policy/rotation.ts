import type { SecretAge } from '../../findings/audit-report.ts';
import type { RuleMeta } from '../../findings/finding.ts';
import type { Span } from '../../parse/types.ts';
import type { RepoContext } from '../scanner.ts';
import { ageInDays, describe, policyDetection, type PolicyCheck } from './check.ts';
import type { Inventory, ObjectId, Place } from './inventory.ts';
import { sealedValueId } from './sealed-values.ts';

const rule: RuleMeta = {
  id: 'secret-rotation-overdue',
  category: 'policy',
  severity: 'medium',
  title: 'Sealed secret not rotated in time',
  description:
    'A SealedSecret value whose ciphertext last changed in Git, or a SOPS file whose sops.lastmodified is, longer ago than governance.maxSecretAgeDays (default 90). An old secret has had the longest time to leak.',
  help: 'Rotate the credential at its source, then re-seal it (sealgate seal … --merge-into) or re-encrypt it (sops edit / sealgate rotate).',
  tags: ['governance', 'rotation'],
};

/** A secret's age with where it is written. */
interface AgedSecret {
  row: SecretAge;
  place: Place;
  span: Span;
  object?: ObjectId;
}

function aged(inv: Inventory, ctx: RepoContext): AgedSecret[] {
  const out: AgedSecret[] = [];
  const limit = ctx.maxSecretAgeDays;
  for (const s of inv.sealedSecrets) {
    const dates = ctx.valueDates?.get(s.place.file);
    for (const k of s.keys) {
      const change = dates?.get(sealedValueId(s.id, k.key));
      const row: SecretAge = { kind: 'sealed-secret', file: s.place.file, line: k.span.line, name: label(s.id), key: k.key, overdue: false };
      if (change) {
        row.changed = change.date;
        if (change.commit) row.commit = change.commit;
        const days = ageInDays(change.date, ctx.now);
        if (days !== undefined) {
          row.ageDays = Math.max(0, days);
          row.overdue = days > limit;
        }
      }
      out.push({ row, place: s.place, span: k.span, object: s.id });
    }
  }
  for (const f of inv.sopsFiles) {
    const row: SecretAge = { kind: 'sops', file: f.place.file, line: f.place.span.line, name: f.id ? label(f.id) : f.place.file, overdue: false };
    const days = ageInDays(f.lastModified, ctx.now);
    if (days !== undefined) {
      row.changed = f.lastModified;
      row.ageDays = Math.max(0, days);
      row.overdue = days > limit;
    }
    out.push(f.id ? { row, place: f.place, span: f.place.span, object: f.id } : { row, place: f.place, span: f.place.span });
  }
  return out;
}

/** Every sealed secret with its age, oldest first; those of unknown age last, in file order. */
export function secretAges(inv: Inventory, ctx: RepoContext): SecretAge[] {
  return aged(inv, ctx)
    .map((a) => a.row)
    .sort((a, b) => (b.ageDays ?? -1) - (a.ageDays ?? -1) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

export const rotationOverdue: PolicyCheck = {
  rule,
  run(inv, ctx) {
    return aged(inv, ctx)
      .filter((a) => a.row.overdue)
      .map((a) => {
        const { row } = a;
        const what = row.kind === 'sops' ? `SOPS file ${a.object ? `(${describe(a.object)}) ` : ''}was last re-encrypted` : `${describe(a.object ?? { kind: 'SealedSecret' })} key '${row.key}' was last re-sealed`;
        const message = `${what} ${row.ageDays} days ago (${(row.changed ?? '').slice(0, 10)}), over the ${ctx.maxSecretAgeDays}-day limit.`;
        return policyDetection(rule, {
          place: a.place,
          span: a.span,
          message,
          identity: row.kind === 'sops' ? `sops:${row.name}` : `sealed:${row.name}/${row.key}`,
          ...(a.object ? { object: a.object } : {}),
          ...(row.key !== undefined ? { key: row.key } : {}),
        });
      });
  },
};

function label(id: ObjectId): string {
  return id.namespace ? `${id.namespace}/${id.name ?? ''}` : (id.name ?? '');
}
