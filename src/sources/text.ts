/** Bytes → text for scanning, or undefined for binary content (a NUL byte in the first 8 KiB, as git decides). */
export function decodeText(buf: Uint8Array): string | undefined {
  const head = buf.subarray(0, 8000);
  if (head.includes(0)) return undefined;
  let text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}
