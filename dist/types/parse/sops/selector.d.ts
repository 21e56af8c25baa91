export declare const SELECTOR_KINDS: readonly ['unencrypted_suffix', 'encrypted_suffix', 'unencrypted_regex', 'encrypted_regex', 'unencrypted_comment_regex', 'encrypted_comment_regex'];
export type SelectorKind = (typeof SELECTOR_KINDS)[number];
/** One selector as written in the `sops` block or `.sops.yaml`; the default is `unencrypted_suffix: _unencrypted`. */
export interface Selector {
    kind: SelectorKind;
    value: string;
}
export declare const DEFAULT_SELECTOR: Selector;
/** A selector ready to decide, its regex (if any) translated from Go RE2. */
export interface CompiledSelector {
    selector: Selector;
    /**
     * sops' shouldBeEncrypted: `path` is the chain of mapping keys (list indexes are not part of it),
     * `comments` the comment lines seen before each key on the path (innermost last).
     */
    shouldEncrypt(path: readonly string[], comments?: readonly (readonly string[])[]): boolean;
}
export declare function isSelectorKind(s: string): s is SelectorKind;
/**
 * Compiles a selector.
 * @returns `{ok: false, error}` when its regex uses a Go RE2 feature that cannot be translated.
 */
export declare function compileSelector(selector: Selector): {
    ok: true;
    compiled: CompiledSelector;
} | {
    ok: false;
    error: string;
};
