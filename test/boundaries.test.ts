// Keeps ARCHITECTURE.md true: every src file is listed in its module map, and every import follows
// its allowed-imports table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const root = new URL('..', import.meta.url).pathname;
const arch = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
const files = (readdirSync(join(root, 'src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => f.split('\\').join('/'));

/** `sources/diff.ts` → `sources`; `errors.ts` → `errors`. */
const moduleOf = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file.replace(/\.ts$/, ''));

function allowedTable(): Map<string, Set<string>> {
  const section = arch.slice(arch.indexOf('## Allowed imports'));
  const table = new Map<string, Set<string>>();
  for (const line of section.split('\n')) {
    const m = /^\|\s*`([\w-]+)`\s*\|\s*([^|]*)\|/.exec(line);
    if (!m) continue;
    const allowed = [...(m[2] ?? '').matchAll(/`([\w-]+|\*)`/g)].map((x) => x[1] as string);
    table.set(m[1] as string, new Set(allowed));
  }
  return table;
}

test('every source file is in the module map', () => {
  const missing = files.filter((f) => !arch.includes(`src/${f}`));
  assert.equal(missing, [], `add these to ARCHITECTURE.md: ${missing.join(', ')}`);
});

test('every import follows the allowed-imports table', () => {
  const table = allowedTable();
  const problems: string[] = [];
  for (const f of files) {
    const from = moduleOf(f);
    const allowed = table.get(from);
    if (!allowed) {
      problems.push(`${f}: module '${from}' has no row in the table`);
      continue;
    }
    const text = readFileSync(join(root, 'src', f), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const spec = m[1] as string;
      const target = join('/', f, '..', spec).slice(1);
      const to = moduleOf(target);
      if (to === from || allowed.has('*') || allowed.has(to)) continue;
      problems.push(`${f} imports ${spec} (${to}), which '${from}' may not import`);
    }
  }
  assert.equal(problems, []);
});

test.run();
