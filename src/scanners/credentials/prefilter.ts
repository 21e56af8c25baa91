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
export class KeywordPrefilter {
  /** UTF-16 code unit → alphabet class (0 = a character in no keyword). */
  private readonly classOf: Uint8Array | Uint16Array;
  private readonly width: number;
  /** Transitions, `next[state * width + class]`; -1 until worked out (trie edges are there from the start). */
  private readonly next: Int32Array;
  /** Failure link of each state: the longest proper suffix of its path that is also a trie path. */
  private readonly fail: Int32Array;
  /** Per state, the groups (e.g. rule indexes) whose keyword ends here, including via suffix links. */
  private readonly output: (readonly number[] | undefined)[];
  readonly groupCount: number;

  /**
   * @param keywordsByGroup for each group (a rule), its lower-case keywords; a group with none is always a candidate.
   * @throws Error when a keyword is empty.
   */
  constructor(keywordsByGroup: readonly (readonly string[])[]) {
    this.groupCount = keywordsByGroup.length;
    const chars = new Map<number, number>();
    let maxStates = 1;
    for (const words of keywordsByGroup) {
      for (const w of words) {
        if (w.length === 0) throw new Error('empty keyword');
        maxStates += w.length;
        for (let i = 0; i < w.length; i++) {
          const c = w.charCodeAt(i);
          if (!chars.has(c)) chars.set(c, chars.size + 1);
        }
      }
    }
    let maxCode = 0x7f;
    for (const c of chars.keys()) if (c > maxCode) maxCode = c;
    this.classOf = chars.size < 255 ? new Uint8Array(maxCode + 1) : new Uint16Array(maxCode + 1);
    for (const [c, k] of chars) {
      this.classOf[c] = k;
      // Fold ASCII upper case onto the lower-case keyword character.
      if (c >= 97 && c <= 122) this.classOf[c - 32] = k;
    }
    const width = chars.size + 1;
    this.width = width;

    // The trie, straight into the transition table; children listed for the breadth-first pass below.
    const next = new Int32Array(maxStates * width).fill(-1);
    /** Per state: its parent and the class of the edge from it (states are numbered in creation order). */
    const parent = new Int32Array(maxStates);
    const via = new Int32Array(maxStates);
    const out: (number[] | undefined)[] = [];
    let states = 1;
    keywordsByGroup.forEach((words, group) => {
      for (const w of words) {
        let s = 0;
        for (let i = 0; i < w.length; i++) {
          const k = this.classOf[w.charCodeAt(i)] as number;
          let t = next[s * width + k] as number;
          if (t < 0) {
            t = states++;
            next[s * width + k] = t;
            parent[t] = s;
            via[t] = k;
          }
          s = t;
        }
        (out[s] ??= []).push(group);
      }
    });
    this.next = next;
    this.fail = new Int32Array(states);
    // By depth (breadth-first), so a state's failure link, which is shallower, is final before it is used.
    const depth = new Int32Array(states);
    for (let t = 1; t < states; t++) depth[t] = (depth[parent[t] as number] as number) + 1;
    const order = Array.from({ length: states - 1 }, (_, i) => i + 1).sort((a, b) => (depth[a] as number) - (depth[b] as number) || a - b);
    for (const t of order) {
      const p = parent[t] as number;
      const f = p === 0 ? 0 : this.step(this.fail[p] as number, via[t] as number);
      this.fail[t] = f;
      const inherited = out[f];
      if (inherited) out[t] = out[t] ? [...out[t], ...inherited] : inherited;
    }
    this.output = Array.from({ length: states }, (_, s) => out[s]);
  }

  /** The transition from `s` on class `k`, worked out from the failure links the first time and kept. */
  private step(s: number, k: number): number {
    const at = s * this.width + k;
    let t = this.next[at] as number;
    if (t < 0) {
      t = s === 0 ? 0 : this.step(this.fail[s] as number, k);
      this.next[at] = t;
    }
    return t;
  }

  /**
   * Marks in `hit` (length ≥ groupCount) every group with a keyword in `text[from, to)`, and returns how
   * many groups were newly marked. Groups without keywords are not marked here (callers treat them as
   * always on).
   */
  scan(text: string, hit: Uint8Array, from = 0, to = text.length): number {
    const classOf = this.classOf;
    const limit = classOf.length;
    const next = this.next;
    const width = this.width;
    const output = this.output;
    let state = 0;
    let marked = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      const k = c < limit ? (classOf[c] as number) : 0;
      const t = next[state * width + k] as number;
      state = t >= 0 ? t : this.step(state, k);
      const o = output[state];
      if (o !== undefined) {
        for (let j = 0; j < o.length; j++) {
          const g = o[j] as number;
          if (hit[g] === 0) {
            hit[g] = 1;
            marked++;
          }
        }
      }
    }
    return marked;
  }
}
