import { type PolicyCheck } from './check.js';
import type { Inventory, Place } from './inventory.js';
export interface ToolUse {
    tool: 'Sealed Secrets' | 'SOPS' | 'External Secrets Operator';
    count: number;
    unit: string;
    /** Where the tool is used, sorted by file and line. */
    places: Place[];
}
/** The secret tools the repository uses (count > 0), most used first. */
export declare function toolsInUse(inv: Inventory): ToolUse[];
/** `Sealed Secrets (4 SealedSecrets), SOPS (1 file)`. */
export declare function describeTools(tools: readonly ToolUse[]): string;
export declare const mixedSecretTooling: PolicyCheck;
