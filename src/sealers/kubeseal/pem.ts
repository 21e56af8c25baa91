/** One PEM block: its label (`CERTIFICATE`, `RSA PRIVATE KEY`, …) and DER bytes. */
export interface PemBlock {
  label: string;
  der: Buffer;
  /** True when the block has RFC 1421 headers (e.g. `Proc-Type: 4,ENCRYPTED`): an encrypted legacy key. */
  hasHeaders: boolean;
}

/**
 * Finds the PEM blocks in `text`, line by line (no regex over the whole text, so a hostile file costs
 * linear time). Text outside blocks is ignored, as openssl does. A block without its END line is dropped.
 */
export function pemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  let label: string | undefined;
  let body: string[] = [];
  let hasHeaders = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (label === undefined) {
      const begin = /^-----BEGIN ([A-Z0-9 ]{1,64})-----$/.exec(line);
      if (begin) {
        label = begin[1] as string;
        body = [];
        hasHeaders = false;
      }
      continue;
    }
    if (line === `-----END ${label}-----`) {
      blocks.push({ label, der: Buffer.from(body.join(''), 'base64'), hasHeaders });
      label = undefined;
    } else if (line.includes(':')) {
      hasHeaders = true;
    } else {
      body.push(line);
    }
  }
  return blocks;
}
