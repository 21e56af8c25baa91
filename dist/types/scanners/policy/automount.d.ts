import { type PolicyCheck } from './check.js';
import type { Inventory, PodFact, ServiceAccountFact, WorkloadFact } from './inventory.js';
/** The ServiceAccount a pod of `w` runs as, when the repository defines it. */
export declare function serviceAccountOf(w: WorkloadFact, pod: PodFact, inv: Inventory): ServiceAccountFact | undefined;
/** True when the pod gets no token: `false` on the pod, or unset there and `false` on its ServiceAccount. */
export declare function automountOff(w: WorkloadFact, pod: PodFact, inv: Inventory): boolean;
export declare const automountToken: PolicyCheck;
