/**
 * Go RE2 regular expressions (sops' `encrypted_regex`, `path_regex`, …) translated to JavaScript.
 *
 * The common subset is translated so that it matches exactly what Go matches: `.` never matches `\n`
 * (JS also stops at `\r`, U+2028, U+2029), `\s` is ASCII whitespace only, escaped punctuation is
 * always literal, `(?P<name>…)` is a named group, `[[:alpha:]]` classes, `\pL`, `\x{…}`, `\Q…\E`, `\A`,
 * `\z` and leading `(?i)`/`(?s)`/`(?m)` flags are rewritten. Features JS lacks or RE2 rejects
 * (lookarounds, backreferences, flag groups inside the pattern, `(?U)`, `\C`, octal escapes) are errors,
 * so a selector never silently matches differently from sops.
 */

export type GoRegexpResult = { ok: true; regexp: RegExp } | { ok: false; error: string };

const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

const PERL_CLASSES: Record<string, string> = {
  d: '0-9',
  s: '\\t\\n\\f\\r ',
  w: '0-9A-Za-z_',
};

// Unicode general categories JS accepts bare in \p{…}; anything else is taken as a script name.
const CATEGORIES = new Set([
  'C', 'Cc', 'Cf', 'Co', 'Cs', 'L', 'Ll', 'Lm', 'Lo', 'Lt', 'Lu', 'M', 'Mc', 'Me', 'Mn', 'N', 'Nd', 'Nl', 'No',
  'P', 'Pc', 'Pd', 'Pe', 'Pf', 'Pi', 'Po', 'Ps', 'S', 'Sc', 'Sk', 'Sm', 'So', 'Z', 'Zl', 'Zp', 'Zs',
]);

class Unsupported extends Error {}

/** `c` as a JS regex atom that is literal under the `u` flag (`\-` is only valid inside a class). */
function literal(c: string, inClass = false): string {
  const cp = c.codePointAt(0) as number;
  if (/[0-9A-Za-z_]/.test(c) || cp > 0x7e) return c;
  if (cp < 0x20 || cp === 0x7f) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (c === '-') return inClass ? '\\-' : '-';
  return /[\^$\\.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

/**
 * Translates a Go RE2 pattern into a JS RegExp (flag `u`) with the same match semantics for
 * `regexp.MatchString` (unanchored search).
 * @returns `{ok: false, error}` with a one-line reason when the pattern uses a feature that cannot be
 * translated faithfully or is not valid RE2.
 */
export function translateGoRegexp(pattern: string): GoRegexpResult {
  try {
    return { ok: true, regexp: translate(pattern) };
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, error: e.message };
    if (e instanceof SyntaxError) return { ok: false, error: 'invalid regular expression' };
    throw e;
  }
}

function translate(pattern: string): RegExp {
  let i = 0;
  let dotAll = false;
  let multiline = false;
  let ignoreCase = false;
  const lead = /^\(\?([imsU]+)\)/.exec(pattern);
  if (lead) {
    const flags = lead[1] as string;
    if (flags.includes('U')) throw new Unsupported('Go RE2 flag (?U) (ungreedy) is not supported');
    ignoreCase = flags.includes('i');
    dotAll = flags.includes('s');
    multiline = flags.includes('m');
    i = lead[0].length;
  }
  const chars = [...pattern.slice(i)];
  let out = '';
  let inClass = false;
  let classStart = false;
  let depth = 0;
  for (let k = 0; k < chars.length; k++) {
    const c = chars[k] as string;
    const next = chars[k + 1];
    if (c === '\\') {
      if (next === undefined) throw new Unsupported('trailing backslash');
      k++;
      out += escape(next, chars, k, inClass, (n) => (k = n));
      classStart = false;
      continue;
    }
    if (inClass) {
      if (c === '[' && next === ':') {
        const end = chars.indexOf(']', k);
        const body = chars.slice(k + 2, end).join('');
        const m = /^(\^?)([a-z]+):$/.exec(body);
        const set = m ? POSIX_CLASSES[m[2] as string] : undefined;
        if (!m || set === undefined || end < 0) throw new Unsupported('invalid POSIX character class');
        if (m[1]) throw new Unsupported('negated POSIX class [[:^…:]] is not supported');
        out += set;
        k = end;
      } else if (c === ']' && !classStart) {
        inClass = false;
        out += ']';
      } else if (c === '-' && !classStart && next !== ']') {
        out += '-';
      } else {
        out += literal(c, true);
      }
      classStart = false;
      continue;
    }
    switch (c) {
      case '[':
        inClass = true;
        classStart = true;
        out += '[';
        if (next === '^') {
          out += '^';
          k++;
        }
        continue;
      case '.':
        out += dotAll ? '[\\s\\S]' : '[^\\n]';
        continue;
      case '(':
        if (next === '?') {
          const rest = chars.slice(k + 2, k + 4).join('');
          if (rest.startsWith(':')) {
            out += '(?:';
            k += 2;
          } else if (rest === 'P<') {
            out += '(?<';
            k += 3;
          } else if (rest.startsWith('<') && chars[k + 3] !== '=' && chars[k + 3] !== '!') {
            out += '(?<';
            k += 2;
          } else if (rest.startsWith('=') || rest.startsWith('!') || rest === '<=' || rest === '<!') {
            throw new Unsupported('lookaround assertions are not valid in Go RE2');
          } else {
            throw new Unsupported('inline flag groups like (?i:…) are only supported at the start of a pattern');
          }
        } else {
          out += '(';
        }
        depth++;
        continue;
      case ')':
        depth--;
        out += ')';
        continue;
      case '$':
        out += multiline ? '(?=\\n|$)' : '$';
        continue;
      case '^':
        out += multiline ? '(?<=^|\\n)' : '^';
        continue;
      case '{': {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(chars.slice(k, k + 16).join(''));
        if (m && out !== '' && !/[(|]$/.test(out)) {
          if (Number(m[1]) > 1000 || (m[3] !== undefined && m[3] !== '' && Number(m[3]) > 1000)) {
            throw new Unsupported('repeat count above 1000 is not valid in Go RE2');
          }
          out += m[0];
          k += m[0].length - 1;
          const lazy = chars[k + 1] === '?';
          if (lazy) {
            out += '?';
            k++;
          }
        } else {
          out += '\\{';
        }
        continue;
      }
      case '}':
        out += '\\}';
        continue;
      case ']':
        out += '\\]';
        continue;
      default:
        out += c === '/' ? '\\/' : c;
    }
  }
  if (inClass) throw new Unsupported('missing closing ]');
  if (depth !== 0) throw new Unsupported('unbalanced parentheses');
  return new RegExp(out, ignoreCase ? 'iu' : 'u');
}

function escape(c: string, chars: string[], k: number, inClass: boolean, setIndex: (k: number) => void): string {
  switch (c) {
    case 'd':
    case 's':
    case 'w':
      return inClass ? (PERL_CLASSES[c] as string) : `[${PERL_CLASSES[c]}]`;
    case 'D':
    case 'S':
    case 'W':
      if (inClass) throw new Unsupported(`\\${c} inside a character class is not supported`);
      return `[^${PERL_CLASSES[c.toLowerCase()]}]`;
    case 'A':
      if (inClass) throw new Unsupported('\\A inside a character class');
      return '^';
    case 'z':
      if (inClass) throw new Unsupported('\\z inside a character class');
      return '$';
    case 'b':
    case 'B':
      if (inClass) throw new Unsupported(`\\${c} inside a character class`);
      return `\\${c}`;
    case 'n':
    case 't':
    case 'r':
    case 'f':
    case 'v':
      return `\\${c}`;
    case 'a':
      return '\\x07';
    case 'x': {
      if (chars[k + 1] === '{') {
        const end = chars.indexOf('}', k);
        const hex = chars.slice(k + 2, end).join('');
        if (end < 0 || !/^[0-9A-Fa-f]{1,6}$/.test(hex)) throw new Unsupported('invalid \\x{…} escape');
        setIndex(end);
        return `\\u{${hex}}`;
      }
      const hex = chars.slice(k + 1, k + 3).join('');
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) throw new Unsupported('invalid \\x escape');
      setIndex(k + 2);
      return `\\x${hex}`;
    }
    case 'p':
    case 'P': {
      let name: string;
      if (chars[k + 1] === '{') {
        const end = chars.indexOf('}', k);
        if (end < 0) throw new Unsupported('invalid \\p{…} escape');
        name = chars.slice(k + 2, end).join('');
        setIndex(end);
      } else {
        name = chars[k + 1] ?? '';
        setIndex(k + 1);
      }
      const negate = name.startsWith('^');
      if (negate) name = name.slice(1);
      if (!/^[A-Za-z_]+$/.test(name)) throw new Unsupported('invalid Unicode class');
      const letter = negate ? (c === 'p' ? 'P' : 'p') : c;
      return name === 'Any' ? (letter === 'p' ? '[\\s\\S]' : '[^\\s\\S]') : `\\${letter}{${CATEGORIES.has(name) ? name : `Script=${name}`}}`;
    }
    case 'Q': {
      let end = k + 1;
      let lit = '';
      while (end < chars.length && !(chars[end] === '\\' && chars[end + 1] === 'E')) lit += literal(chars[end++] as string, inClass);
      setIndex(end < chars.length ? end + 1 : end);
      return inClass ? lit : `(?:${lit})`;
    }
    case 'C':
      throw new Unsupported('\\C (any byte) is not supported');
    default:
      if (/[0-9]/.test(c)) throw new Unsupported('backreferences and octal escapes are not supported');
      if (/[A-Za-z]/.test(c)) throw new Unsupported(`invalid escape \\${c}`);
      return literal(c, inClass);
  }
}
