/**
 * `sealedsecret-malformed`: a SealedSecret the controller will not open, found without any key — bad base64,
 * a length prefix no RSA key gives, scope annotations that disagree between the two metadata levels or are
 * not exactly "true", no namespace for a strict or namespace-wide object. Such a file fails at deploy time.
 */
import type { RuleMeta } from '../../findings/finding.js';
import type { Scanner } from '../scanner.js';
export declare const sealedSecretMalformedRule: RuleMeta;
export declare const sealedSecretMalformedScanner: Scanner;
