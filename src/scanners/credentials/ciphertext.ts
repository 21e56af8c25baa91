import type { ParsedFile, YNode } from '../../parse/types.ts';
import type { LineIndex } from '../../position.ts';

/** A half-open range of UTF-16 offsets `[start, end)`. */
export type Range = readonly [number, number];

const ARMORS = ['AGE ENCRYPTED FILE', 'PGP MESSAGE'] as const;
/** A SealedSecret value: base64 of a 2-byte length (0x02 0x00 for RSA-4096) ‖ RSA-OAEP ‖ AES-GCM. */
const SEALED_VALUE = /\bAg[A-Za-z0-9+/]{300,20000}={0,2}/g;

/**
 * Where `text` holds ciphertext, which is never a credential: age armor, PGP messages, SOPS `ENC[…]`
 * values and SealedSecret `encryptedData` values (from the parsed manifests when the file parses, and by
 * their shape otherwise).
 */
export function ciphertextRanges(text: string, parsed: (() => ParsedFile) | undefined): Range[] {
  const ranges: Range[] = [];
  for (const armor of ARMORS) {
    const begin = `-----BEGIN ${armor}-----`;
    const end = `-----END ${armor}-----`;
    for (let i = text.indexOf(begin); i !== -1; ) {
      const j = text.indexOf(end, i + begin.length);
      const stop = j === -1 ? text.length : j + end.length;
      ranges.push([i, stop]);
      if (j === -1) break;
      i = text.indexOf(begin, stop);
    }
  }
  // SOPS values: ENC[AES256_GCM,data:…,iv:…,tag:…,type:…], on one line and bounded in length.
  for (let i = text.indexOf('ENC[AES256_GCM,'); i !== -1; ) {
    const limit = Math.min(text.length, i + 1_000_000);
    let k = i + 4;
    while (k < limit && text.charCodeAt(k) !== 93 && text.charCodeAt(k) !== 10) k++;
    const stop = k < limit && text.charCodeAt(k) === 93 ? k + 1 : k;
    ranges.push([i, stop]);
    i = text.indexOf('ENC[AES256_GCM,', Math.max(stop, i + 4));
  }
  if (text.includes('encryptedData')) {
    SEALED_VALUE.lastIndex = 0;
    for (let m = SEALED_VALUE.exec(text); m !== null; m = SEALED_VALUE.exec(text)) ranges.push([m.index, m.index + m[0].length]);
    if (parsed !== undefined) {
      const file = parsed();
      for (const doc of file.docs) {
        if (kindOf(doc.root) !== 'SealedSecret') continue;
        const spec = entry(doc.root, 'spec');
        const data = spec === undefined ? undefined : entry(spec, 'encryptedData');
        if (data?.kind === 'map') for (const e of data.entries) ranges.push(spanRange(file.lines, e.value));
      }
    }
  }
  return ranges;
}

/** Ranges prepared for `insideAny`: sorted by start, with the running maximum of their ends. */
export interface RangeSet {
  starts: number[];
  reach: number[];
}

/** Sorts `ranges` for lookups in O(log n). */
export function rangeSet(ranges: readonly Range[]): RangeSet {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const reach: number[] = [];
  let max = -1;
  for (const [, b] of sorted) reach.push((max = Math.max(max, b)));
  return { starts: sorted.map((r) => r[0]), reach };
}

/** True when `[start, end)` lies inside one of the ranges. */
export function insideAny(set: RangeSet, start: number, end: number): boolean {
  let lo = 0;
  let hi = set.starts.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((set.starts[mid] as number) <= start) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last >= 0 && (set.reach[last] as number) >= end;
}

function entry(node: YNode, key: string): YNode | undefined {
  return node.kind === 'map' ? node.entries.find((e) => e.key === key)?.value : undefined;
}

function kindOf(node: YNode): string | undefined {
  const k = entry(node, 'kind');
  return k?.kind === 'scalar' && typeof k.value === 'string' ? k.value : undefined;
}

function spanRange(lines: LineIndex, node: YNode): Range {
  const s = node.span;
  return [lines.lineStart(s.line) + s.column - 1, lines.lineStart(s.endLine) + s.endColumn - 1];
}
