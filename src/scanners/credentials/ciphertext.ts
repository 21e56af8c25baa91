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
    for (let i = text.indexOf(begin); i !== -1; i = text.indexOf(begin, i + 1)) {
      const j = text.indexOf(end, i + begin.length);
      const stop = j === -1 ? text.length : j + end.length;
      ranges.push([i, stop]);
      if (j === -1) break;
    }
  }
  for (let i = text.indexOf('ENC['); i !== -1; i = text.indexOf('ENC[', i + 4)) {
    const j = text.indexOf(']', i);
    const nl = text.indexOf('\n', i);
    const stop = j === -1 || (nl !== -1 && nl < j) ? (nl === -1 ? text.length : nl) : j + 1;
    if (text.startsWith('AES256_GCM,', i + 4)) ranges.push([i, stop]);
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

/** True when `[start, end)` lies inside one of `ranges`. */
export function insideAny(ranges: readonly Range[], start: number, end: number): boolean {
  for (const [a, b] of ranges) if (start >= a && end <= b) return true;
  return false;
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
