/**
 * Which values of a SOPS file are encrypted: the six mutually exclusive selectors and sops'
 * `Tree.shouldBeEncrypted` decision (sops.go). Shared by the sealer (what to encrypt) and the scanner
 * (what should have been encrypted).
 */
import { translateGoRegexp } from './go-regexp.ts';

export const SELECTOR_KINDS = [
  'unencrypted_suffix',
  'encrypted_suffix',
  'unencrypted_regex',
  'encrypted_regex',
  'unencrypted_comment_regex',
  'encrypted_comment_regex',
] as const;

export type SelectorKind = (typeof SELECTOR_KINDS)[number];

/** One selector as written in the `sops` block or `.sops.yaml`; the default is `unencrypted_suffix: _unencrypted`. */
export interface Selector {
  kind: SelectorKind;
  value: string;
}

export const DEFAULT_SELECTOR: Selector = { kind: 'unencrypted_suffix', value: '_unencrypted' };

/** A selector ready to decide, its regex (if any) translated from Go RE2. */
export interface CompiledSelector {
  selector: Selector;
  /**
   * sops' shouldBeEncrypted: `path` is the chain of mapping keys (list indexes are not part of it),
   * `comments` the comment lines seen before each key on the path (innermost last).
   */
  shouldEncrypt(path: readonly string[], comments?: readonly (readonly string[])[]): boolean;
}

export function isSelectorKind(s: string): s is SelectorKind {
  return (SELECTOR_KINDS as readonly string[]).includes(s);
}

/**
 * Compiles a selector.
 * @returns `{ok: false, error}` when its regex uses a Go RE2 feature that cannot be translated.
 */
export function compileSelector(selector: Selector): { ok: true; compiled: CompiledSelector } | { ok: false; error: string } {
  const { kind, value } = selector;
  let test: (s: string) => boolean;
  if (kind.endsWith('_suffix')) {
    test = (s) => s.endsWith(value);
  } else {
    const r = translateGoRegexp(value);
    if (!r.ok) return { ok: false, error: `${kind} '${value}': ${r.error}` };
    const re = r.regexp;
    test = (s) => re.test(s);
  }
  const encryptedIfMatch = kind.startsWith('encrypted_');
  const onComments = kind.endsWith('_comment_regex');
  const shouldEncrypt = (path: readonly string[], comments: readonly (readonly string[])[] = []): boolean => {
    const hit = onComments ? comments.some((group) => group.some(test)) : path.some(test);
    return encryptedIfMatch ? hit : !hit;
  };
  return { ok: true, compiled: { selector, shouldEncrypt } };
}
