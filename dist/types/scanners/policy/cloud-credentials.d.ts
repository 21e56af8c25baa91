import { type PolicyCheck } from './check.js';
import { type CloudEnv, type CloudProvider, type Inventory, type ServiceAccountFact, type WorkloadFact } from './inventory.js';
/** A workload's static credentials for one cloud. */
export interface StaticCredential {
    workload: WorkloadFact;
    provider: CloudProvider;
    env: CloudEnv[];
    serviceAccount?: ServiceAccountFact;
}
/** Every workload with static cloud credentials, one entry per cloud. */
export declare function staticCredentials(inv: Inventory): StaticCredential[];
export declare const staticCloudCredentials: PolicyCheck;
