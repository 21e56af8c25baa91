import type { ParsedFile } from '../../parse/types.js';
import { type Encoding } from './decode.js';
import type { CredentialRule } from './rule.js';
/** A credential found in a text, before it becomes a Detection. Offsets point into the scanned text. */
export interface CredentialMatch {
    rule: CredentialRule;
    /** Offsets of the secret in the scanned text (for decoded finds: of the encoded text that held it). */
    start: number;
    end: number;
    /** The raw secret (decoded, when found in encoded text). */
    secret: string;
    /** The encodings peeled off to find it, outermost first. */
    decoded?: Encoding[];
}
export interface DetectOptions {
    /** Repo-relative path, for the rules' path filters. */
    path: string;
    /** How many layers of base64/hex/percent encoding to look inside (0: none). */
    decodeDepth: number;
    /** The file parsed as manifests, used to recognise SealedSecret ciphertext; computed only when needed. */
    parsed?: () => ParsedFile;
}
/**
 * The credential engine: compiled once for a rule set, then `detect` per text. Per text it runs one
 * keyword pass (Aho–Corasick) and only the regexes of rules whose keywords occur; each match's secret is
 * checked for entropy, placeholders, the rule's allowlist and (for every rule) ciphertext; a generic
 * finding is dropped when a specific rule found a secret containing it on the same line.
 */
export declare class CredentialEngine {
    readonly rules: readonly CredentialRule[];
    private readonly compiled;
    private readonly prefilter;
    /** Rules without keywords, always candidates. */
    private readonly alwaysOn;
    /** @throws Error when two rules share an id or a regex is sticky. */
    constructor(rules: readonly CredentialRule[]);
    /** Every credential in `text`, in order of position. Never throws on content. */
    detect(text: string, opts: DetectOptions): CredentialMatch[];
    private detectAt;
    private runRule;
}
