import type { RuleMeta } from '../../findings/finding.js';
import type { Scanner } from '../scanner.js';
export declare const keySeparationRule: RuleMeta;
/** The key-separation scanner: silent unless the scan was given a `keyPolicy`. */
export declare const keySeparationScanner: Scanner;
