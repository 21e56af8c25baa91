// Polarity of whole-file fixtures through the credential scanner with every built-in rule:
// test/fixtures/credentials/tp/* must produce a finding, fp/* none (realistic non-secrets).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseFile } from '../src/parse/file.ts';
import { credentialScanner } from '../src/scanners/credentials/scanner.ts';
import type { Detection } from '../src/findings/finding.ts';

const dir = new URL('./fixtures/credentials/', import.meta.url).pathname;
const scanner = credentialScanner();

async function scanFile(path: string, content: string): Promise<Detection[]> {
  return scanner.scan({
    target: { path, content, added: 'all' },
    parsed: () => parseFile(path, content),
    readFile: async () => undefined,
    options: { policy: false, decodeDepth: 2 },
  });
}

const F = suite('credential fixtures');
for (const polarity of ['tp', 'fp'] as const) {
  for (const name of readdirSync(join(dir, polarity)).sort()) {
    F(`${polarity}/${name}`, async () => {
      const found = await scanFile(name, readFileSync(join(dir, polarity, name), 'utf8'));
      const what = found.map((d) => `${d.ruleId}@${d.line}:${d.column}`);
      if (polarity === 'tp') assert.ok(found.length > 0, 'expected a finding');
      else assert.equal(what, [], 'expected no finding');
    });
  }
}
F.run();
