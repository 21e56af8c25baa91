/**
 * sealgate's library API. Everything the CLI and the GitHub Action do goes through these functions.
 * @packageDocumentation
 */
export { scan, type ScanOptions, type ScanProgress } from './pipeline/scan.js';
export { audit, type AuditOptions } from './pipeline/audit.js';
export { fix, type FixOptions, type FixResult, type FileOutcome } from './fix/fix.js';
export { resolveSealPolicy, type SealPolicy, type SealPolicyOptions, type ResolvedSealRule, type FallbackRule } from './fix/policy.js';
export type { FixChange, FixRefusal } from './fix/plan.js';
export { remediationHint } from './findings/remediation.js';
export type { KeyPolicy, KeyPolicyRule } from './scanners/index.js';
export type { AuditReport, AuditSection, AuditItem, AuditStatus, AuditFacts, SecretAge } from './findings/audit-report.js';
export { auditReporterFor, AUDIT_FORMATS, type AuditFormat, type AuditReporter } from './reporters/audit-reporter.js';
export type { HistoryProgress } from './pipeline/history.js';
export type { HistoryRange } from './sources/history.js';
export type { Report, Summary, Note } from './findings/report.js';
export type { Finding, Detection, RuleMeta, Severity, Category, KubernetesRef } from './findings/finding.js';
export type { Config } from './config/config.js';
export { loadConfig, parseConfig, findConfig } from './config/load.js';
export { SealgateError, type ErrorCode } from './errors.js';
export { run, type CliIO, type CliResult } from './cli/main.js';
export { reporterFor, FORMATS, type Format } from './reporters/index.js';
export { VERSION } from './version.js';
export { encrypt, decrypt, rotate, updateKeys, sopsStatus, sopsMacVerifier, type EncryptOptions, type DecryptOptions } from './sealers/sops/api.js';
export { loadAgeIdentities, findSopsConfig, loadSopsConfig, selectCreationRule, formatFromPath, type SopsFormat, type CreationRule, type SopsConfig, type UpdateKeysResult, type AgeIdentity, } from './sealers/sops/index.js';
export type { Selector, SelectorKind } from './parse/sops/selector.js';
export { seal, sealRaw, mergeInto, unseal, reseal, inspect, type SealOptions, type SealRawOptions, type MergeOptions, type UnsealOptions, type ResealOptions, type SealResult, type InspectReport, type InspectedSealedSecret, type InspectProblem, } from './sealers/kubeseal/api.js';
export { loadSealingKey, publicKeySha256, type SealingKey } from './sealers/kubeseal/cert.js';
export { loadUnsealingKeys, type UnsealingKey } from './sealers/kubeseal/keys.js';
export { generateSealingKey, keySecretManifest, type GeneratedKey, type KeygenOptions } from './sealers/kubeseal/keygen.js';
export { readCertSource, fetchControllerCert, type ControllerRef, type CertText } from './sealers/kubeseal/cert-source.js';
export { hybridEncrypt, hybridDecrypt } from './sealers/kubeseal/hybrid.js';
export { checkSealedSecret, encryptionLabel, type SealedSecretScope, type StructuralProblem } from './parse/sealed-secret.js';
