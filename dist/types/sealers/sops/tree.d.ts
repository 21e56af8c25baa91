import type { CompiledSelector } from '../../parse/sops/selector.js';
import { type Branch } from './values.js';
export interface TreeSettings {
    selector: CompiledSelector;
    macOnlyEncrypted: boolean;
}
export interface WalkResult {
    docs: Branch[];
    /** The MAC of the plaintext values (128 upper-case hex digits). */
    mac: string;
}
/**
 * Encrypts the values `settings.selector` picks with `key` and computes the MAC over the plaintext.
 * Never mutates `docs`.
 */
export declare function encryptTree(docs: readonly Branch[], key: Uint8Array, settings: TreeSettings): WalkResult;
/**
 * Decrypts the values the selector says are encrypted and computes the MAC over the plaintext
 * (comments excluded by their decrypted type, so sops ≤ 3.13.1 and ≥ 3.13.3 files verify).
 * @throws SealgateError('CRYPTO') naming the value's path (never its content) when a value that should
 * be encrypted is not, is malformed, or fails authentication.
 */
export declare function decryptTree(docs: readonly Branch[], key: Uint8Array, settings: TreeSettings): WalkResult;
