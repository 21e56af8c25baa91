/**
 * The walk over a SOPS tree that encrypts or decrypts every value the selector picks and computes the
 * MAC on the way (sops.go walkBranch/walkSlice, Tree.Encrypt, Tree.Decrypt). Paths are mapping keys only;
 * list elements share their list's path. Documents are walked in order and share one MAC.
 */
import { SealgateError } from '../../errors.ts';
import type { CompiledSelector } from '../../parse/sops/selector.ts';
import { decryptValue, encryptValue, pathAad } from './cipher.ts';
import { MacHasher } from './mac.ts';
import { branch, comment, fromBytes, isBranch, isComment, toBytes, type Branch, type BranchItem, type Comment, type Scalar, type Value } from './values.ts';

export interface TreeSettings {
  selector: CompiledSelector;
  macOnlyEncrypted: boolean;
}

export interface WalkResult {
  docs: Branch[];
  /** The MAC of the plaintext values (128 upper-case hex digits). */
  mac: string;
}

type Stack = string[][];

/** What happens to one leaf: returns the new leaf and feeds the MAC. */
interface Visitor {
  leaf(v: Scalar, path: readonly string[], stack: Stack): Value;
  comment(c: Comment, path: readonly string[], stack: Stack, inSlice: boolean): Value;
  /** The plaintext text of a comment, for the comment-regex selectors' stack. */
  plainComment(before: Comment, after: Value): string;
}

function walkDocs(docs: readonly Branch[], visitor: Visitor): Branch[] {
  return docs.map((d) => walkBranch(d, [], [], visitor));
}

function walkBranch(b: Branch, path: readonly string[], outer: Stack, visitor: Visitor): Branch {
  const stack: Stack = [...outer, []];
  const items: BranchItem[] = [];
  for (const item of b.items) {
    if (isComment(item)) {
      const out = visitor.comment(item, path, stack, false);
      items.push(isComment(out) ? out : comment(String(out), item.inline));
      (stack[stack.length - 1] as string[]).push(visitor.plainComment(item, out));
      continue;
    }
    items.push({ key: item.key, value: walkValue(item.value, [...path, item.key], stack, visitor) });
    stack[stack.length - 1] = [];
  }
  return branch(items);
}

function walkValue(v: Value, path: readonly string[], stack: Stack, visitor: Visitor): Value {
  if (isBranch(v)) return walkBranch(v, path, stack, visitor);
  if (Array.isArray(v)) return v.map((el) => (isComment(el) ? visitor.comment(el, path, stack, true) : walkValue(el, path, stack, visitor)));
  if (isComment(v)) return visitor.comment(v, path, stack, true);
  return visitor.leaf(v, path, stack);
}

const where = (path: readonly string[]) => (path.length ? path.join('.') : '(top level)');

/**
 * Encrypts the values `settings.selector` picks with `key` and computes the MAC over the plaintext.
 * Never mutates `docs`.
 */
export function encryptTree(docs: readonly Branch[], key: Uint8Array, settings: TreeSettings): WalkResult {
  const mac = new MacHasher(settings.macOnlyEncrypted);
  const out = walkDocs(docs, {
    leaf(v, path, stack) {
      if (v === null) return v;
      const encrypt = settings.selector.shouldEncrypt(path, stack);
      const { bytes, type } = toBytes(v);
      if (!settings.macOnlyEncrypted || encrypt) mac.add(bytes);
      return encrypt ? encryptValue(bytes, type, key, pathAad(path)) : v;
    },
    comment(c, path, stack, inSlice) {
      if (!settings.selector.shouldEncrypt(path, stack)) return c;
      const enc = encryptValue(toBytes(c).bytes, 'comment', key, pathAad(path));
      // walkSlice does not re-wrap: an encrypted comment in a list becomes a string element.
      return inSlice ? enc : comment(enc, c.inline);
    },
    plainComment: (before) => before.text,
  });
  return { docs: out, mac: mac.digest() };
}

/**
 * Decrypts the values the selector says are encrypted and computes the MAC over the plaintext
 * (comments excluded by their decrypted type, so sops ≤ 3.13.1 and ≥ 3.13.3 files verify).
 * @throws SealgateError('CRYPTO') naming the value's path (never its content) when a value that should
 * be encrypted is not, is malformed, or fails authentication.
 */
export function decryptTree(docs: readonly Branch[], key: Uint8Array, settings: TreeSettings): WalkResult {
  const mac = new MacHasher(settings.macOnlyEncrypted);
  const decryptLeaf = (v: string, path: readonly string[]): Scalar | Comment => {
    const r = decryptValue(v, key, pathAad(path));
    if (!r.ok) {
      const why = r.reason === 'auth' ? 'wrong data key or tampered ciphertext' : r.reason === 'malformed' ? 'malformed encrypted value' : 'value is not encrypted';
      throw new SealgateError('CRYPTO', `cannot decrypt ${where(path)}: ${why}`);
    }
    const value = fromBytes(r.bytes, r.type);
    if (value === undefined) throw new SealgateError('CRYPTO', `cannot decrypt ${where(path)}: invalid value for type '${r.type}'`);
    return value;
  };
  const out = walkDocs(docs, {
    leaf(v, path, stack) {
      if (v === null) return v;
      const encrypted = settings.selector.shouldEncrypt(path, stack);
      let plain: Scalar | Comment = v;
      if (encrypted) {
        if (typeof v !== 'string') throw new SealgateError('CRYPTO', `cannot decrypt ${where(path)}: value is not encrypted`);
        plain = decryptLeaf(v, path);
      }
      if (!isComment(plain) && plain !== null && (!settings.macOnlyEncrypted || encrypted)) mac.add(toBytes(plain).bytes);
      return plain;
    },
    comment(c, path, stack) {
      if (!settings.selector.shouldEncrypt(path, stack)) return c;
      // A comment's path is its enclosing mapping; where a YAML parser attaches a trailing comment can
      // differ from yaml.v3, so the enclosing mappings are tried outwards (GCM rejects a wrong path).
      for (let n = path.length; n >= 0; n--) {
        const r = decryptValue(c.text, key, pathAad(path.slice(0, n)));
        if (r.ok && r.type === 'comment') return comment(new TextDecoder().decode(r.bytes), c.inline);
        if (!r.ok && r.reason === 'not-encrypted') break;
      }
      // Like sops: a comment that does not decrypt is kept as it is (it was likely added in clear).
      return c;
    },
    plainComment: (_before, after) => (isComment(after) ? after.text : ''),
  });
  return { docs: out, mac: mac.digest() };
}
