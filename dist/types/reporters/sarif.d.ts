import type { Reporter } from './reporter.js';
/**
 * SARIF 2.1.0 for GitHub code scanning: exactly one run (upload-sarif rejects several runs of one tool and
 * category), every result with a region, stable `partialFingerprints` that hold no line number, and no
 * snippet anywhere (the secret stays out of the file).
 */
export declare const sarif: Reporter;
