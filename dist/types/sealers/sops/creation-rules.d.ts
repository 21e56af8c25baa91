import { type Selector } from '../../parse/sops/selector.js';
export interface CreationRule {
    /** `path_regex` as written (Go RE2); undefined or '' matches every file. */
    pathRegex: string | undefined;
    /** age recipients per key group (`age:` is one group; `key_groups:` may hold several). */
    keyGroups: string[][];
    shamirThreshold: number | undefined;
    selector: Selector | undefined;
    macOnlyEncrypted: boolean;
    /** Key types in the rule sealgate cannot encrypt to (pgp, kms, …). */
    unsupportedKeys: string[];
    /** 1-based line of the rule in `.sops.yaml`. */
    line: number;
}
export interface SopsConfig {
    /** Absolute path of the `.sops.yaml`. */
    path: string;
    rules: CreationRule[];
}
/**
 * Finds `.sops.yaml` from `cwd` upwards (at most 100 levels, like sops). `.sops.yml` is not used.
 * @returns its absolute path, or undefined.
 */
export declare function findSopsConfig(cwd: string): string | undefined;
/**
 * Reads and parses a `.sops.yaml`.
 * @throws SealgateError('CONFIG') naming the file and line.
 */
export declare function loadSopsConfig(path: string): SopsConfig;
/** Parses `.sops.yaml` text (`path` names it in errors and anchors `path_regex`). */
export declare function parseSopsConfig(text: string, path: string): SopsConfig;
/**
 * The first rule matching `filePath` (absolute), sops' parseCreationRuleForFile.
 * @returns undefined when no rule matches.
 * @throws SealgateError('CONFIG') at the rule's line when its `path_regex` cannot be translated from Go RE2.
 */
export declare function selectCreationRule(config: SopsConfig, filePath: string): CreationRule | undefined;
/**
 * Checks that sealgate can encrypt with a rule: age keys only, a selector JS can evaluate.
 * @throws SealgateError('CONFIG') at the rule's line.
 */
export declare function checkRuleUsable(config: SopsConfig, rule: CreationRule, needKeys: boolean): void;
