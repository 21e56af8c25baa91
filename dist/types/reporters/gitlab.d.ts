import type { Reporter } from './reporter.js';
/** `gl-secret-detection-report.json` (GitLab security report schema 15.x, type secret_detection). */
export declare const gitlab: Reporter;
