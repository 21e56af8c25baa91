import type { RuleMeta } from '../../findings/finding.js';
import type { Scanner } from '../scanner.js';
export declare const kustomizeRule: RuleMeta;
/** One `KEY=VALUE` line of a dotenv file: the value unquoted, and where it is (1-based line and columns). */
export interface EnvEntry {
    key: string;
    value: string;
    line: number;
    column: number;
    endColumn: number;
}
/** `KEY=VALUE` lines of a dotenv file (`export `, quotes and trailing comments handled), in file order. */
export declare function envFileEntries(text: string): EnvEntry[];
export declare const kustomizeScanner: Scanner;
