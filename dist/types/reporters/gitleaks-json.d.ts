import type { Reporter } from './reporter.js';
/**
 * gitleaks' JSON report field names (v8), for teams whose scripts post-process gitleaks reports.
 * `Match` and `Secret` hold the (redacted) secret; `Fingerprint` is gitleaks' positional
 * `[commit:]file:rule:line`, the `.gitleaksignore` format.
 */
export declare const gitleaksJson: Reporter;
