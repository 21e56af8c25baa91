import type { RuleMeta } from '../../findings/finding.ts';
import { policyDetection, type PolicyCheck } from './check.ts';
import type { Inventory, Place } from './inventory.ts';

const rule: RuleMeta = {
  id: 'mixed-secret-tooling',
  category: 'policy',
  severity: 'info',
  title: 'More than one secret tool in use',
  description:
    'The repository keeps secrets with more than one of Sealed Secrets, SOPS and the External Secrets Operator. Each has its own keys, rotation and access story; the governance checklist asks for one consistent way.',
  help: 'Pick one tool per cluster (or document why not) and migrate the others; the finding counts what uses each.',
  tags: ['governance', 'storage'],
};

export interface ToolUse {
  tool: 'Sealed Secrets' | 'SOPS' | 'External Secrets Operator';
  count: number;
  unit: string;
  /** Where the tool is used, sorted by file and line. */
  places: Place[];
}

const byPosition = (a: Place, b: Place) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.span.line - b.span.line);

/** The secret tools the repository uses (count > 0), most used first. */
export function toolsInUse(inv: Inventory): ToolUse[] {
  const sopsFiles = new Map<string, Place>();
  for (const f of inv.sopsFiles) if (!sopsFiles.has(f.place.file)) sopsFiles.set(f.place.file, f.place);
  const tools: ToolUse[] = [
    { tool: 'Sealed Secrets', count: inv.sealedSecrets.length, unit: 'SealedSecret', places: inv.sealedSecrets.map((s) => s.place) },
    { tool: 'SOPS', count: sopsFiles.size, unit: 'file', places: [...sopsFiles.values()] },
    { tool: 'External Secrets Operator', count: inv.externalSecrets.length, unit: 'ExternalSecret', places: inv.externalSecrets.map((s) => s.place) },
  ];
  return tools
    .filter((t) => t.count > 0)
    .map((t) => ({ ...t, places: [...t.places].sort(byPosition) }))
    .sort((a, b) => b.count - a.count);
}

/** `Sealed Secrets (4 SealedSecrets), SOPS (1 file)`. */
export function describeTools(tools: readonly ToolUse[]): string {
  return tools.map((t) => `${t.tool} (${t.count} ${t.unit}${t.count === 1 ? '' : 's'})`).join(', ');
}

export const mixedSecretTooling: PolicyCheck = {
  rule,
  run(inv) {
    const tools = toolsInUse(inv);
    if (tools.length < 2) return [];
    // Reported once, at the first use of the least-used tool: the likeliest one to migrate.
    const odd = tools[tools.length - 1] as ToolUse;
    const place = odd.places[0] as Place;
    return [
      policyDetection(rule, {
        place,
        message: `This repository keeps secrets with ${tools.length} tools: ${describeTools(tools)}.`,
        identity: tools.map((t) => t.tool).sort().join('+'),
      }),
    ];
  },
};
