import { type PolicyCheck } from './check.js';
import type { BindingFact, Inventory, RoleFact } from './inventory.js';
/** A binding that grants a role reading all Secrets, with the role when the repository defines it. */
export interface BroadGrant {
    binding: BindingFact;
    role?: RoleFact;
    clusterWide: boolean;
}
/** Every binding in the repository that grants broad Secret access. */
export declare function broadGrants(inv: Inventory): BroadGrant[];
export declare const rbacBroadSecretAccess: PolicyCheck;
