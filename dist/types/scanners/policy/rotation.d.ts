import type { SecretAge } from '../../findings/audit-report.js';
import type { RepoContext } from '../scanner.js';
import { type PolicyCheck } from './check.js';
import type { Inventory } from './inventory.js';
/** Every sealed secret with its age, oldest first; those of unknown age last, in file order. */
export declare function secretAges(inv: Inventory, ctx: RepoContext): SecretAge[];
export declare const rotationOverdue: PolicyCheck;
