/**
 * `k8s-configmap-secret`: ConfigMaps are not for secrets (no encryption at rest, readable by more roles),
 * yet hold them often. Reports, per `data` / `binaryData` key (binaryData decoded): a sensitive key name
 * with a literal value; a private key or other credential content; a URL with a password; and, inside
 * embedded config files (application.properties, config.yaml, .env, JSON), `key=value` / `key: value`
 * lines whose key is sensitive, at the line inside a literal block scalar.
 */
import type { RuleMeta } from '../../findings/finding.js';
import type { Scanner } from '../scanner.js';
export declare const configMapRule: RuleMeta;
/** One line of an embedded file: its key, value and the 0-based line within the value. */
export interface ConfigLine {
    key: string;
    value: string;
    index: number;
}
/** `key=value` / `key: value` lines of a config text whose key says secret and whose value is a literal. */
export declare function sensitiveConfigLines(text: string): ConfigLine[];
export declare const configMapScanner: Scanner;
