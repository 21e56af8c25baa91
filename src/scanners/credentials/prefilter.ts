/**
 * The keyword prefilter: one Aho–Corasick automaton over every rule's keywords, run once over a text.
 * ASCII letters are folded to lower case by the alphabet map, so the text is never copied or lower-cased.
 * Characters that occur in no keyword share one class, which keeps the transition table small
 * (states × (distinct keyword characters + 1)) and the inner loop to two array reads per character.
 */
export class KeywordPrefilter {
  /** UTF-16 code unit → alphabet class (0 = a character in no keyword). */
  private readonly classOf: Uint8Array | Uint16Array;
  private readonly width: number;
  /** Dense DFA: `next[state * width + class]`. */
  private readonly next: Int32Array;
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
    for (const words of keywordsByGroup) {
      for (const w of words) {
        if (w.length === 0) throw new Error('empty keyword');
        for (let i = 0; i < w.length; i++) {
          const c = w.charCodeAt(i);
          if (!chars.has(c)) chars.set(c, chars.size + 1);
        }
      }
    }
    const maxCode = Math.max(0x7f, ...chars.keys());
    this.classOf = chars.size < 255 ? new Uint8Array(maxCode + 1) : new Uint16Array(maxCode + 1);
    for (const [c, k] of chars) {
      this.classOf[c] = k;
      // Fold ASCII upper case onto the lower-case keyword character.
      if (c >= 97 && c <= 122) this.classOf[c - 32] = k;
    }
    this.width = chars.size + 1;

    // Trie, then breadth-first failure links folded into a dense DFA.
    const trie: number[][] = [new Array<number>(this.width).fill(-1)];
    const out: Set<number>[] = [new Set()];
    keywordsByGroup.forEach((words, group) => {
      for (const w of words) {
        let s = 0;
        for (let i = 0; i < w.length; i++) {
          const k = this.classOf[w.charCodeAt(i)] as number;
          const row = trie[s] as number[];
          if ((row[k] as number) < 0) {
            row[k] = trie.length;
            trie.push(new Array<number>(this.width).fill(-1));
            out.push(new Set());
          }
          s = row[k] as number;
        }
        (out[s] as Set<number>).add(group);
      }
    });
    const next = new Int32Array(trie.length * this.width);
    const fail = new Int32Array(trie.length);
    const queue: number[] = [];
    for (let k = 0; k < this.width; k++) {
      const t = (trie[0] as number[])[k] as number;
      next[k] = t < 0 ? 0 : t;
      if (t > 0) queue.push(t);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi] as number;
      for (const g of out[fail[s] as number] as Set<number>) (out[s] as Set<number>).add(g);
      for (let k = 0; k < this.width; k++) {
        const t = (trie[s] as number[])[k] as number;
        if (t < 0) next[s * this.width + k] = next[(fail[s] as number) * this.width + k] as number;
        else {
          fail[t] = next[(fail[s] as number) * this.width + k] as number;
          next[s * this.width + k] = t;
          queue.push(t);
        }
      }
    }
    this.next = next;
    this.output = out.map((set) => (set.size ? [...set] : undefined));
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
      state = next[state * width + k] as number;
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
