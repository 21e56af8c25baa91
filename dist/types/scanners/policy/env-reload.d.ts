import { type PolicyCheck } from './check.js';
import type { EnvSecretUse, Inventory, WorkloadFact } from './inventory.js';
/** Workloads whose pods live until replaced: the ones a rotation has to restart (and Reloader can). */
export declare const LONG_RUNNING: Set<string>;
/**
 * True when Reloader restarts `w` on a change of Secret `secret`: `auto` (all, minus exclusions), an
 * explicit `secret.reloader.stakater.com/reload` list, or `search` with the Secret marked `match`.
 */
export declare function reloaderCovers(w: WorkloadFact, secret: string, inv: Inventory): boolean;
/** The first env use of each Secret of a long-running workload that Reloader does not cover. */
export declare function uncoveredEnvSecrets(w: WorkloadFact, inv: Inventory): EnvSecretUse[];
export declare const envSecretWithoutReload: PolicyCheck;
