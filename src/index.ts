/**
 * sealgate's library API. Everything the CLI and the GitHub Action do goes through these functions.
 * @packageDocumentation
 */
export { scan, type ScanOptions, type ScanProgress } from './pipeline/scan.ts';
export { audit, type AuditOptions } from './pipeline/audit.ts';
export { fix, type FixOptions, type FixResult, type FileOutcome } from './fix/fix.ts';
export { resolveSealPolicy, type SealPolicy, type SealPolicyOptions, type ResolvedSealRule, type FallbackRule } from './fix/policy.ts';
export type { FixChange, FixRefusal } from './fix/plan.ts';
export { remediationHint } from './findings/remediation.ts';
export type { KeyPolicy, KeyPolicyRule } from './scanners/index.ts';
export type { AuditReport, AuditSection, AuditItem, AuditStatus, AuditFacts, SecretAge } from './findings/audit-report.ts';
export { auditReporterFor, AUDIT_FORMATS, type AuditFormat, type AuditReporter } from './reporters/audit-reporter.ts';
export type { HistoryProgress } from './pipeline/history.ts';
export type { HistoryRange } from './sources/history.ts';
export type { Report, Summary, Note } from './findings/report.ts';
export type { Finding, Detection, RuleMeta, Severity, Category, KubernetesRef } from './findings/finding.ts';
export type { Config } from './config/config.ts';
export { loadConfig, parseConfig, findConfig } from './config/load.ts';
export { SealgateError, type ErrorCode } from './errors.ts';
export { run, type CliIO, type CliResult } from './cli/main.ts';
export { reporterFor, FORMATS, type Format } from './reporters/index.ts';
export { VERSION } from './version.ts';
export { encrypt, decrypt, rotate, updateKeys, sopsStatus, sopsMacVerifier, type EncryptOptions, type DecryptOptions } from './sealers/sops/api.ts';
export {
  loadAgeIdentities,
  findSopsConfig,
  loadSopsConfig,
  selectCreationRule,
  formatFromPath,
  type SopsFormat,
  type CreationRule,
  type SopsConfig,
  type UpdateKeysResult,
  type AgeIdentity,
} from './sealers/sops/index.ts';
export type { Selector, SelectorKind } from './parse/sops/selector.ts';
export {
  seal,
  sealRaw,
  mergeInto,
  unseal,
  reseal,
  inspect,
  type SealOptions,
  type SealRawOptions,
  type MergeOptions,
  type UnsealOptions,
  type ResealOptions,
  type SealResult,
  type InspectReport,
  type InspectedSealedSecret,
  type InspectProblem,
} from './sealers/kubeseal/api.ts';
export { loadSealingKey, publicKeySha256, type SealingKey } from './sealers/kubeseal/cert.ts';
export { loadUnsealingKeys, type UnsealingKey } from './sealers/kubeseal/keys.ts';
export { generateSealingKey, keySecretManifest, type GeneratedKey, type KeygenOptions } from './sealers/kubeseal/keygen.ts';
export { readCertSource, fetchControllerCert, type ControllerRef, type CertText } from './sealers/kubeseal/cert-source.ts';
export { hybridEncrypt, hybridDecrypt } from './sealers/kubeseal/hybrid.ts';
export { checkSealedSecret, encryptionLabel, type SealedSecretScope, type StructuralProblem } from './parse/sealed-secret.ts';
