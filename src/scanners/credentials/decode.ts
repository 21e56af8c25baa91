/**
 * Finding encoded text worth decoding: base64 (standard or URL-safe), hex and percent-encoding. Only
 * segments that decode to mostly printable text are returned, so binary blobs cost one decode each.
 */

export type Encoding = 'base64' | 'hex' | 'percent';

export interface EncodedSegment {
  /** Offsets of the encoded text in the text it was found in. */
  start: number;
  end: number;
  encoding: Encoding;
  decoded: string;
}

/** Segments longer than this are not decoded (embedded images and archives, not credentials). */
const MAX_SEGMENT = 256 * 1024;
const MIN_BASE64 = 20;
const MIN_HEX = 32;

/**
 * The encoded segments of `text` that decode to text, in order of position; at most `budget` decoded
 * characters in all (the rest are not decoded).
 */
export function encodedSegments(text: string, budget = 4 * 1024 * 1024): EncodedSegment[] {
  const out: EncodedSegment[] = [];
  let spent = 0;
  const push = (start: number, end: number, encoding: Encoding, decoded: string | undefined) => {
    if (decoded === undefined || spent + decoded.length > budget) return;
    spent += decoded.length;
    out.push({ start, end, encoding, decoded });
  };
  const { hex, base64 } = candidateRuns(text);
  for (let k = 0; k < hex.length; k += 2) {
    const start = hex[k] as number;
    const end = hex[k + 1] as number;
    if (end - start <= MAX_SEGMENT) push(start, end, 'hex', printable(Buffer.from(text.slice(start, end), 'hex')));
  }
  for (let k = 0; k < base64.length; k += 2) {
    const start = base64[k] as number;
    const end = base64[k + 1] as number;
    if (end - start > MAX_SEGMENT) continue;
    const s = text.slice(start, end);
    if (worthBase64(s)) push(start, end, 'base64', printable(Buffer.from(s, 'base64')));
  }
  for (let i = text.indexOf('%'); i !== -1; i = text.indexOf('%', i + 1)) {
    if (!isPercentEscape(text, i)) continue;
    let start = i;
    while (start > 0 && !isDelimiter(text.charCodeAt(start - 1)) && i - start < 4096) start--;
    let end = i;
    while (end < text.length && !isDelimiter(text.charCodeAt(end)) && end - i < 4096) end++;
    push(start, end, 'percent', percentDecode(text.slice(start, end)));
    i = end;
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Start and end offsets (pairs) of what `/[A-Za-z0-9+/_-]{20,}={0,2}/g` and
 * `/(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}){16,}(?![0-9A-Fa-f])/g` match — a base64-alphabet run of at least
 * 20 characters with up to two `=` after it, and a whole hex run of even length, at least 32 — found in
 * one pass over the text. (The regexes restart inside every shorter run, which made them most of the
 * cost of scanning prose and code.)
 */
export function candidateRuns(text: string): { hex: number[]; base64: number[] } {
  const hex: number[] = [];
  const base64: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isBase64Char(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let hexFrom = -1;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (!isBase64Char(c)) break;
      if (isHexDigit(c)) {
        if (hexFrom < 0) hexFrom = j;
      } else if (hexFrom >= 0) {
        if (j - hexFrom >= MIN_HEX && (j - hexFrom) % 2 === 0) hex.push(hexFrom, j);
        hexFrom = -1;
      }
    }
    if (hexFrom >= 0 && j - hexFrom >= MIN_HEX && (j - hexFrom) % 2 === 0) hex.push(hexFrom, j);
    if (j - i >= MIN_BASE64) {
      let end = j;
      while (end < n && end - j < 2 && text.charCodeAt(end) === 61) end++;
      base64.push(i, end);
    }
    i = j;
  }
  return { hex, base64 };
}

/** `A-Z a-z 0-9 + / _ -`: the standard and URL-safe base64 alphabets. */
function isBase64Char(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 95 || c === 45;
}

/**
 * Base64 of text nearly always has a digit, `+` or `/`; identifiers and words (camelCase) do not. Pure hex
 * is left to the hex decoder; a run that mixes the standard (`+/`) and URL-safe (`-_`) alphabets is a path
 * or an identifier, not base64; and no base64 text is 1 more than a multiple of 4 characters long.
 */
function worthBase64(s: string): boolean {
  let digit = false;
  let nonHex = false;
  let standard = false;
  let urlSafe = false;
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 61) n--;
  if (n % 4 === 1) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 43 || c === 47) digit = true;
    if (c === 43 || c === 47) standard = true;
    else if (c === 45 || c === 95) urlSafe = true;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) nonHex = true;
  }
  return digit && nonHex && !(standard && urlSafe);
}

/** The bytes as text when at least 95% are printable ASCII or whitespace and there are at least 8; else undefined. */
function printable(bytes: Uint8Array): string | undefined {
  if (bytes.length < 8) return undefined;
  let bad = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (!((b >= 32 && b < 127) || b === 9 || b === 10 || b === 13)) bad++;
  }
  return bad * 20 <= bytes.length ? Buffer.from(bytes).toString('latin1') : undefined;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function isPercentEscape(text: string, i: number): boolean {
  return i + 2 < text.length && isHexDigit(text.charCodeAt(i + 1)) && isHexDigit(text.charCodeAt(i + 2));
}

/** Whitespace and quotes end a percent-encoded token. */
function isDelimiter(c: number): boolean {
  return c <= 32 || c === 34 || c === 39 || c === 60 || c === 62 || c === 96;
}

function percentDecode(s: string): string | undefined {
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 37 && isPercentEscape(s, i)) {
      out += String.fromCharCode(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
      changed = true;
    } else out += s[i];
  }
  return changed ? out : undefined;
}
