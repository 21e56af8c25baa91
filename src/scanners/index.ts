import type { RuleMeta } from '../findings/finding.ts';
import type { Scanner } from './scanner.ts';

export type { Scanner, ScanInput, ScannerOptions } from './scanner.ts';

/** Every built-in scanner, in the order they run. */
export function builtinScanners(): Scanner[] {
  return [];
}

/** Documentation of every built-in rule, by id. */
export function ruleCatalog(scanners: readonly Scanner[] = builtinScanners()): Map<string, RuleMeta> {
  const map = new Map<string, RuleMeta>();
  for (const s of scanners) for (const r of s.rules) map.set(r.id, r);
  return map;
}
