/**
 * The encrypted-value syntax `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]` (sops aes/cipher.go), parsed
 * without a backtracking regex: sops' `^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]` has
 * greedy groups and no `$`, so each field ends at the last separator that still leaves the rest valid.
 */

export interface EncValue {
  data: string;
  iv: string;
  tag: string;
  type: string;
}

const PREFIX = 'ENC[AES256_GCM,data:';

/** @returns the fields of an encrypted value, or undefined when `s` is not one. */
export function parseEncValue(s: string): EncValue | undefined {
  if (!s.startsWith(PREFIX)) return undefined;
  const end = s.lastIndexOf(']');
  if (end < PREFIX.length) return undefined;
  const body = s.slice(PREFIX.length, end);
  const t = body.lastIndexOf(',type:');
  const g = t > 0 ? body.lastIndexOf(',tag:', t - 1) : -1;
  const v = g > 0 ? body.lastIndexOf(',iv:', g - 1) : -1;
  if (v < 1 || g < v + 5 || t < g + 6 || t + 6 >= body.length) return undefined;
  return { data: body.slice(0, v), iv: body.slice(v + 4, g), tag: body.slice(g + 5, t), type: body.slice(t + 6) };
}

/** True when `s` is an encrypted value (what the scanner counts as "encrypted"). */
export function isEncValue(s: string): boolean {
  return parseEncValue(s) !== undefined;
}
