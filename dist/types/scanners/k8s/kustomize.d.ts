import type { RuleMeta } from '../../findings/finding.js';
import type { Scanner } from '../scanner.js';
export declare const kustomizeRule: RuleMeta;
/** `KEY=VALUE` lines of a dotenv file (`export `, quotes and trailing comments handled), in file order. */
export declare function envFileEntries(text: string): Array<{
    key: string;
    value: string;
}>;
export declare const kustomizeScanner: Scanner;
