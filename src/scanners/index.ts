import type { RuleMeta } from '../findings/finding.ts';
import { credentialScanner } from './credentials/scanner.ts';
import { builtinCredentialRules } from './credentials/rules/index.ts';
import type { CredentialRule } from './credentials/rule.ts';
import { k8sScanners } from './k8s/index.ts';
import type { Scanner } from './scanner.ts';

export type { Scanner, ScanInput, ScannerOptions } from './scanner.ts';
export type { CredentialRule } from './credentials/rule.ts';

export interface BuiltinScannerOptions {
  /** Extra credential rules (e.g. `rules.custom` from the config), run after the built-in ones. */
  credentialRules?: readonly CredentialRule[];
}

/** Every built-in scanner, in the order they run. */
export function builtinScanners(opts: BuiltinScannerOptions = {}): Scanner[] {
  return [...k8sScanners(), credentialScanner([...builtinCredentialRules(), ...(opts.credentialRules ?? [])])];
}

/** Documentation of every built-in rule, by id. */
export function ruleCatalog(scanners: readonly Scanner[] = builtinScanners()): Map<string, RuleMeta> {
  const map = new Map<string, RuleMeta>();
  for (const s of scanners) for (const r of s.rules) map.set(r.id, r);
  return map;
}
