/**
 * The keyword prefilter: one Aho–Corasick automaton over every rule's keywords, run once over a text.
 * ASCII letters are folded to lower case by the alphabet map, so the text is never copied or lower-cased.
 * Characters that occur in no keyword share one class, which keeps the transition table small
 * (states × (distinct keyword characters + 1)) and the inner loop to two array reads per character.
 *
 * The table starts as the keyword trie and becomes the full automaton as texts are scanned: a missing
 * transition is worked out once from the failure links, then kept. Building every transition up front
 * cost more than a pre-commit hook's whole scan of a small change (hundreds of rules, thousands of states).
 */
export declare class KeywordPrefilter {
    /** UTF-16 code unit → alphabet class (0 = a character in no keyword). */
    private readonly classOf;
    private readonly width;
    /** Transitions, `next[state * width + class]`; -1 until worked out (trie edges are there from the start). */
    private readonly next;
    /** Failure link of each state: the longest proper suffix of its path that is also a trie path. */
    private readonly fail;
    /** Per state, the groups (e.g. rule indexes) whose keyword ends here, including via suffix links. */
    private readonly output;
    readonly groupCount: number;
    /**
     * @param keywordsByGroup for each group (a rule), its lower-case keywords; a group with none is always a candidate.
     * @throws Error when a keyword is empty.
     */
    constructor(keywordsByGroup: readonly (readonly string[])[]);
    /** The transition from `s` on class `k`, worked out from the failure links the first time and kept. */
    private step;
    /**
     * Marks in `hit` (length ≥ groupCount) every group with a keyword in `text[from, to)`, and returns how
     * many groups were newly marked. Groups without keywords are not marked here (callers treat them as
     * always on).
     */
    scan(text: string, hit: Uint8Array, from?: number, to?: number): number;
}
