import type { FilePlan } from './plan.js';
/** The unified diff of `plan` (`a/PATH` → `b/PATH`), or '' when it changes nothing. */
export declare function planDiff(plan: FilePlan, reveal: boolean): string;
