/**
 * sealgate's library API. Everything the CLI and the GitHub Action do goes through these functions.
 * @packageDocumentation
 */
export { scan, type ScanOptions, type ScanProgress } from './pipeline/scan.js';
export { audit, type AuditOptions } from './pipeline/audit.js';
export type { AuditReport, AuditSection, AuditItem, AuditStatus, AuditFacts, SecretAge } from './findings/audit-report.js';
export { auditReporterFor, AUDIT_FORMATS, type AuditFormat, type AuditReporter } from './reporters/audit-reporter.js';
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
