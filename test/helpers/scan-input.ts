import type { Detection } from '../../src/findings/finding.ts';
import { parseFile } from '../../src/parse/file.ts';
import type { ParsedFile } from '../../src/parse/types.ts';
import type { Scanner, ScanInput } from '../../src/scanners/scanner.ts';

/**
 * A ScanInput for `text` at `path`, with `files` (repo-relative path → text) as what `readFile` can see.
 * The whole file counts as added.
 */
export function scanInput(path: string, text: string, files: Record<string, string> = {}): ScanInput {
  let parsed: ParsedFile | undefined;
  return {
    target: { path, content: text, added: 'all' },
    parsed: () => (parsed ??= parseFile(path, text)),
    readFile: async (p) => files[p],
    options: { policy: false, decodeDepth: 2 },
  };
}

/** Runs `scanners` on one file and returns every detection. */
export async function detect(scanners: readonly Scanner[], path: string, text: string, files: Record<string, string> = {}): Promise<Detection[]> {
  const input = scanInput(path, text, files);
  const out: Detection[] = [];
  for (const s of scanners) out.push(...(await s.scan(input)));
  return out;
}
