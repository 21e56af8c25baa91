import type { RuleMeta } from '../findings/finding.ts';
import { customRules, type CustomRuleSpec } from './credentials/custom.ts';
import { credentialScanner } from './credentials/scanner.ts';
import { builtinCredentialRules } from './credentials/rules/index.ts';
import { k8sScanners } from './k8s/index.ts';
import { keySeparationScanner } from './key-separation/scanner.ts';
import { policyScanner } from './policy/index.ts';
import type { RepoScanner, Scanner } from './scanner.ts';
import { sealedSecretMalformedScanner } from './sealed-secrets/malformed.ts';
import { sopsScanner } from './sops/scanner.ts';

export type { Scanner, ScanInput, ScannerOptions, SopsVerifier, SopsVerifyResult, KeyPolicy, KeyPolicyRule, SopsCreationRules, RepoScanner, RepoContext, FileDetection, ValueChange } from './scanner.ts';
export { policyScanner, sealedValues, describeTools, type PolicyScanner, type ToolUse } from './policy/index.ts';
export type { CredentialRule } from './credentials/rule.ts';
export type { CustomRuleSpec } from './credentials/custom.ts';

export interface BuiltinScannerOptions {
  /** User-defined credential rules (`rules.custom` in the config), run with the built-in ones. */
  customRules?: readonly CustomRuleSpec[];
  /** The config file they came from, for error messages. */
  configFile?: string;
}

/**
 * Every built-in scanner, in the order they run.
 * @throws SealgateError(CONFIG) when a custom rule is invalid.
 */
export function builtinScanners(opts: BuiltinScannerOptions = {}): Scanner[] {
  const builtin = builtinCredentialRules();
  const custom = customRules(opts.customRules ?? [], opts.configFile, new Set(builtin.map((r) => r.id)));
  return [...k8sScanners(), sealedSecretMalformedScanner, credentialScanner([...builtin, ...custom]), sopsScanner(), keySeparationScanner];
}

/** Fresh instances of the built-in whole-repository scanners (they hold state: one set per scan). */
export function builtinRepoScanners(): RepoScanner[] {
  return [policyScanner()];
}

/** Documentation of every built-in rule, by id. */
export function ruleCatalog(scanners: readonly (Scanner | RepoScanner)[] = [...builtinScanners(), ...builtinRepoScanners()]): Map<string, RuleMeta> {
  const map = new Map<string, RuleMeta>();
  for (const s of scanners) for (const r of s.rules) map.set(r.id, r);
  return map;
}
