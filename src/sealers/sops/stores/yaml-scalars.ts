/**
 * Plain YAML scalars typed the way sops' YAML library (go.yaml.in/yaml/v3 resolve.go) types them, and
 * the reverse question: must a string be quoted so that yaml.v3 (and kubectl's YAML 1.1 reader) read it
 * back as a string.
 */
import { float, int, type Scalar } from '../values.ts';

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const BOOLS: Record<string, boolean> = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };
const SPECIAL_FLOATS: Record<string, number> = {
  '.nan': NaN, '.NaN': NaN, '.NAN': NaN,
  '.inf': Infinity, '.Inf': Infinity, '.INF': Infinity,
  '+.inf': Infinity, '+.Inf': Infinity, '+.INF': Infinity,
  '-.inf': -Infinity, '-.Inf': -Infinity, '-.INF': -Infinity,
};
// YAML 1.1 booleans yaml.v3 quotes on output (isOldBool) although it reads them as strings.
const OLD_BOOLS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const GO_INT = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** Thrown for values sops cannot hold (an integer above int64, which yaml.v3 makes a uint64). */
export class UnsupportedScalar extends Error {}

/** Go's `strconv.ParseInt(s, 0, 64)` (and ParseUint for the range check) without underscores. */
function goInt(s: string): bigint | 'uint' | undefined {
  const m = GO_INT.exec(s);
  if (!m) return undefined;
  let digits = m[2] as string;
  if (/^0[0-7]+$/.test(digits)) digits = `0o${digits.slice(1)}`;
  const v = BigInt(digits.toLowerCase().replace(/^0x/, '0x'));
  const n = m[1] === '-' ? -v : v;
  if (n >= INT64_MIN && n <= INT64_MAX) return n;
  if (n > INT64_MAX && n <= UINT64_MAX) return 'uint';
  return undefined;
}

/** A Go `time.Parse` of yaml.v3's timestamp layouts, as RFC3339Nano text (what sops encrypts). */
const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})| (\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d{1,9})?)?$/;

function timestamp(s: string): string | undefined {
  const m = TIMESTAMP.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [m[1], m[2], m[3]] as string[];
  const h = m[4] ?? m[9] ?? '0';
  const mi = m[5] ?? m[10] ?? '0';
  const sec = m[6] ?? m[11] ?? '0';
  const frac = (m[7] ?? m[12] ?? '').replace(/0+$/, '');
  const zone = m[8];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) return undefined;
  const p2 = (x: string) => x.padStart(2, '0');
  const offset = zone === undefined || zone === 'Z' || zone === '+00:00' || zone === '-00:00' ? 'Z' : zone;
  return `${y}-${p2(mo as string)}-${p2(d as string)}T${p2(h)}:${p2(mi)}:${p2(sec)}${frac === '.' ? '' : frac}${offset}`;
}

/**
 * Resolves an untagged plain scalar like yaml.v3: `014` is 12, `0x1F` 31, `yes` a string, `2024-01-02`
 * a time, `1e3` a float.
 * @throws UnsupportedScalar for an integer beyond int64 (sops cannot hold it).
 */
export function resolvePlain(s: string): Scalar {
  if (NULLS.has(s)) return null;
  const b = BOOLS[s];
  if (b !== undefined) return b;
  const special = SPECIAL_FLOATS[s];
  if (special !== undefined) return float(special);
  const c = s[0] as string;
  if (c === '.') {
    return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s) ? float(Number(s)) : s;
  }
  if (!/[0-9+-]/.test(c)) return s;
  const t = timestamp(s);
  if (t !== undefined) return { kind: 'time', text: t };
  const plain = s.replaceAll('_', '');
  const i = goInt(plain);
  if (i === 'uint') throw new UnsupportedScalar('integer out of the int64 range');
  if (i !== undefined) return int(i);
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = Number(plain);
    if (Number.isFinite(f)) return float(f);
  }
  return s;
}

/** Resolves a scalar with an explicit core tag (`!!int "5"`); unknown tags read as strings, like yaml.v3. */
export function resolveTagged(tag: string, s: string): Scalar {
  const short = tag.replace(/^tag:yaml\.org,2002:/, '!!');
  switch (short) {
    case '!!str':
      return s;
    case '!!null':
      return null;
    case '!!bool':
    case '!!int':
    case '!!float':
    case '!!timestamp': {
      const v = resolvePlain(s);
      return v;
    }
    default:
      return s;
  }
}

/** True when `s`, written plain, would not read back as the same string in yaml.v3 or YAML 1.1. */
export function needsQuotes(s: string): boolean {
  if (s === '<<' || OLD_BOOLS.has(s) || BASE60_FLOAT.test(s)) return true;
  try {
    return typeof resolvePlain(s) !== 'string';
  } catch {
    return true;
  }
}
