import type { Reporter } from './reporter.js';
/**
 * JUnit XML in gitleaks' layout: one failing test case per finding; a clean scan is one passing case, so
 * "0 failures" is visible in CI. Bodies hold the redacted finding only.
 */
export declare const junit: Reporter;
