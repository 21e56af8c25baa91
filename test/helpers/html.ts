/** HTML void elements: they have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Problems that make `html` not well-formed: unbalanced or mis-nested tags, unquoted attributes, bare
 * `<` or `&` in text. Enough to catch a reporter that forgets to escape or to close; [] when fine.
 */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const token = /<!--[\s\S]*?-->|<!DOCTYPE html>|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"<]*")?)*)\s*(\/?)>|<|&(?:#\d+|[a-z]+);|&/g;
  let m: RegExpExecArray | null;
  let rawUntil: string | undefined;
  while ((m = token.exec(html)) !== null) {
    const [whole, close, open, , selfClose] = m;
    if (rawUntil) {
      if (close?.toLowerCase() === rawUntil) {
        rawUntil = undefined;
        stack.pop();
      }
      continue;
    }
    if (whole === '<') problems.push(`bare '<' at ${m.index}`);
    else if (whole === '&') problems.push(`bare '&' at ${m.index}`);
    else if (close) {
      const top = stack.pop();
      if (top !== close.toLowerCase()) problems.push(`</${close}> closes <${top ?? 'nothing'}> at ${m.index}`);
    } else if (open) {
      const name = open.toLowerCase();
      if (selfClose || VOID.has(name)) continue;
      stack.push(name);
      if (name === 'style' || name === 'script') rawUntil = name;
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  return problems;
}
