/**
 * The SOPS tree (sops.TreeBranch) and its scalar types, with sops' plaintext serialisation (`ToBytes`
 * in sops.go, `Encrypt`/`Decrypt` in aes/cipher.go). Stores turn files into this tree and back.
 */

/** A comment line (text after `#`); `inline` when it followed a value on the same line. */
export interface Comment {
  kind: 'comment';
  text: string;
  inline?: boolean;
}

export interface IntValue {
  kind: 'int';
  value: bigint;
}

export interface FloatValue {
  kind: 'float';
  value: number;
}

/** A YAML timestamp, kept as Go's RFC3339Nano text (what `time.Time.MarshalText` gives). */
export interface TimeValue {
  kind: 'time';
  text: string;
}

/** Raw bytes that are not UTF-8 (binary store, legacy `type:bytes`). */
export interface BytesValue {
  kind: 'bytes';
  value: Uint8Array;
}

export type Scalar = string | boolean | null | IntValue | FloatValue | TimeValue | BytesValue;

export interface Branch {
  kind: 'branch';
  items: BranchItem[];
}

export type BranchItem = Comment | { key: string; value: Value };

/** A list's elements may be comments too (sops keeps them in place, see walkSlice). */
export type Value = Scalar | Branch | Value[] | Comment;

export const int = (value: bigint): IntValue => ({ kind: 'int', value });
export const float = (value: number): FloatValue => ({ kind: 'float', value });
export const comment = (text: string, inline = false): Comment => (inline ? { kind: 'comment', text, inline } : { kind: 'comment', text });
export const branch = (items: BranchItem[] = []): Branch => ({ kind: 'branch', items });

export function isComment(v: unknown): v is Comment {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'comment';
}

export function isBranch(v: unknown): v is Branch {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'branch';
}

/** The `type:` tag sops writes for a plaintext value. */
export type SopsType = 'str' | 'int' | 'float' | 'bool' | 'time' | 'comment' | 'bytes';

/** sops' `ToBytes` plus the type tag: the bytes that are encrypted and fed to the MAC. */
export function toBytes(v: Scalar | Comment): { bytes: Uint8Array; type: SopsType } {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  if (typeof v === 'string') return { bytes: utf8(v), type: 'str' };
  if (typeof v === 'boolean') return { bytes: utf8(v ? 'True' : 'False'), type: 'bool' };
  if (v === null) return { bytes: new Uint8Array(), type: 'str' };
  switch (v.kind) {
    case 'int':
      return { bytes: utf8(v.value.toString()), type: 'int' };
    case 'float':
      return { bytes: utf8(formatFloatF(v.value)), type: 'float' };
    case 'time':
      return { bytes: utf8(v.text), type: 'time' };
    case 'bytes':
      return { bytes: v.value, type: 'str' };
    case 'comment':
      return { bytes: utf8(v.text), type: 'comment' };
  }
}

const GO_BOOLS: Record<string, boolean> = {
  '1': true, t: true, T: true, TRUE: true, true: true, True: true,
  '0': false, f: false, F: false, FALSE: false, false: false, False: false,
};

/**
 * Decrypted bytes back to a value by their type tag (aes/cipher.go Decrypt).
 * @returns undefined when the bytes are not valid for the type (or the type is unknown).
 */
export function fromBytes(bytes: Uint8Array, type: string): Scalar | Comment | undefined {
  const text = () => new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  switch (type) {
    case 'str': {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return { kind: 'bytes', value: bytes };
      }
    }
    case 'bytes':
      return { kind: 'bytes', value: bytes };
    case 'int': {
      const s = text();
      if (!/^[+-]?\d{1,19}$/.test(s)) return undefined;
      const n = BigInt(s);
      return n >= -(2n ** 63n) && n < 2n ** 63n ? int(n) : undefined;
    }
    case 'float': {
      const s = text();
      const n = parseGoFloat(s);
      return n === undefined ? undefined : float(n);
    }
    case 'bool': {
      const b = GO_BOOLS[text()];
      return b === undefined ? undefined : b;
    }
    case 'time': {
      const s = text();
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) ? { kind: 'time', text: s } : undefined;
    }
    case 'comment':
      return comment(text());
    default:
      return undefined;
  }
}

function parseGoFloat(s: string): number | undefined {
  const special: Record<string, number> = { NaN: NaN, '+Inf': Infinity, Inf: Infinity, '-Inf': -Infinity, inf: Infinity, '+inf': Infinity, '-inf': -Infinity };
  if (s in special) return special[s];
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/** Go's `strconv.FormatFloat(v, 'f', -1, 64)`: shortest round-trip digits, never an exponent. */
export function formatFloatF(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  if (Object.is(v, -0)) return '-0';
  const { negative, digits, exp } = decompose(v);
  const sign = negative ? '-' : '';
  // value = 0.digits × 10^exp
  if (exp <= 0) return `${sign}0.${'0'.repeat(-exp)}${digits}`;
  if (exp >= digits.length) return `${sign}${digits}${'0'.repeat(exp - digits.length)}`;
  return `${sign}${digits.slice(0, exp)}.${digits.slice(exp)}`;
}

/** Go's `strconv.FormatFloat(v, 'g', -1, 64)` (exponent when it is < -4 or >= 6) with yaml.v3's names for the specials. */
export function formatFloatG(v: number): string {
  if (Number.isNaN(v)) return '.nan';
  if (v === Infinity) return '.inf';
  if (v === -Infinity) return '-.inf';
  if (Object.is(v, -0)) return '-0';
  const { negative, digits, exp } = decompose(v);
  const x = exp - 1; // value = d.ddd × 10^x
  if (x < -4 || x >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(x).toString().padStart(2, '0');
    return `${negative ? '-' : ''}${mant}e${x < 0 ? '-' : '+'}${e}`;
  }
  return formatFloatF(v);
}

/** Shortest round-trip decimal digits of |v| and the exponent with value = 0.digits × 10^exp. */
function decompose(v: number): { negative: boolean; digits: string; exp: number } {
  const [mant, e] = Math.abs(v).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  return { negative: v < 0, digits, exp: Number(e) + 1 };
}
