import type { RuleMeta } from '../findings/finding.js';
import type { Scanner } from './scanner.js';
export type { Scanner, ScanInput, ScannerOptions } from './scanner.js';
/** Every built-in scanner, in the order they run. */
export declare function builtinScanners(): Scanner[];
/** Documentation of every built-in rule, by id. */
export declare function ruleCatalog(scanners?: readonly Scanner[]): Map<string, RuleMeta>;
