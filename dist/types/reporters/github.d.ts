import { type Finding } from '../findings/finding.js';
import type { Reporter } from './reporter.js';
type Level = 'error' | 'warning' | 'notice';
/** GitHub shows at most 10 annotations of each level per step; the rest are dropped silently. */
export declare const ANNOTATIONS_PER_LEVEL = 10;
/**
 * GitHub workflow-command annotations, worst first, at most 10 per level, then one plain line counting the
 * findings that were not annotated. Messages never hold the secret; file names are escaped.
 */
export declare const github: Reporter;
export declare function annotation(f: Finding, level?: Level): string;
export {};
