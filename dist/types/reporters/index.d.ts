import type { Reporter } from './reporter.js';
export type { Reporter, ReportContext } from './reporter.js';
export declare const FORMATS: readonly ['text', 'json', 'sarif', 'github', 'gitlab', 'junit', 'gitleaks-json'];
export type Format = (typeof FORMATS)[number];
export declare function isFormat(s: string): s is Format;
/** The reporter for `format`. */
export declare function reporterFor(format: Format): Reporter;
