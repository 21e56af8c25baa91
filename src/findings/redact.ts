/**
 * Redaction: at most the first and last 4 characters survive (one per five characters of the value, so
 * never more than 40% of it); values under 8 characters are fully masked. The middle never survives.
 */
export function redact(secret: string): string {
  const s = secret.trim();
  const chars = [...s];
  const n = chars.length;
  if (n === 0) return '';
  const keep = n < 8 ? 0 : Math.min(4, Math.floor(n / 5));
  if (keep === 0) return '*'.repeat(Math.min(n, 8));
  return `${chars.slice(0, keep).join('')}…${chars.slice(n - keep).join('')}`;
}
