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
export declare function pemBlocks(text: string): PemBlock[];
