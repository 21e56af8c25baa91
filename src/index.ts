/**
 * sealgate's library API. Everything the CLI and the GitHub Action do goes through these functions.
 * @packageDocumentation
 */
export { scan, type ScanOptions, type ScanProgress } from './pipeline/scan.ts';
export { audit, type AuditOptions } from './pipeline/audit.ts';
export type { AuditReport, AuditSection, AuditItem, AuditStatus, AuditFacts, SecretAge } from './findings/audit-report.ts';
export { auditReporterFor, AUDIT_FORMATS, type AuditFormat, type AuditReporter } from './reporters/audit-reporter.ts';
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
