const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * Reads a git C-style quoted name (`"a\303\251 b\tc"`, as git prints paths with special bytes) starting
 * at `text[start]`, which must be `"`. Octal escapes are bytes, decoded together as UTF-8.
 * Returns the name and the index just after the closing quote, or undefined when the quote is not closed
 * or an escape is malformed (the caller then treats the text as unquoted).
 */
export function readQuoted(text: string, start: number): { name: string; end: number } | undefined {
  if (text[start] !== '"') return undefined;
  const bytes: number[] = [];
  let i = start + 1;
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i) as number);
    if (ch === '"') return { name: Buffer.from(bytes).toString('utf8'), end: i + 1 };
    if (ch !== '\\') {
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
      i += ch.length;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) return undefined;
    if (next >= '0' && next <= '3' && /^[0-7]{3}$/.test(text.slice(i + 1, i + 4))) {
      bytes.push(parseInt(text.slice(i + 1, i + 4), 8));
      i += 4;
      continue;
    }
    const code = ESCAPES[next];
    if (code === undefined) return undefined;
    bytes.push(code);
    i += 2;
  }
  return undefined;
}

/** A name as git prints it in `rename from`, `---` and similar lines: quoted or as is. */
export function unquoteName(text: string): string {
  if (text.startsWith('"')) {
    const q = readQuoted(text, 0);
    if (q) return q.name;
  }
  return text;
}
