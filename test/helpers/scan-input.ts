import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/** One fixture case of test/fixtures/k8s: a file, or a folder whose files are scanned together. */
export interface FixtureCase {
  rule: string;
  polarity: 'tp' | 'fp';
  name: string;
  /** Case-relative path → text. */
  files: Record<string, string>;
}

/** Every case under `root` (`<rule>/{tp,fp}/<case>`), in a stable order; files at the top level (README) are skipped. */
export function fixtureCases(root: string): FixtureCase[] {
  const out: FixtureCase[] = [];
  for (const rule of readdirSync(root).sort()) {
    if (!statSync(join(root, rule)).isDirectory()) continue;
    for (const polarity of ['tp', 'fp'] as const) {
      const dir = join(root, rule, polarity);
      for (const name of readdirSync(dir).sort()) {
        const abs = join(dir, name);
        const files: Record<string, string> = {};
        if (statSync(abs).isDirectory()) {
          for (const f of readdirSync(abs, { recursive: true }) as string[]) {
            if (statSync(join(abs, f)).isFile()) files[relative(abs, join(abs, f)).split('\\').join('/')] = readFileSync(join(abs, f), 'utf8');
          }
        } else {
          files[name] = readFileSync(abs, 'utf8');
        }
        out.push({ rule, polarity, name, files });
      }
    }
  }
  return out;
}
