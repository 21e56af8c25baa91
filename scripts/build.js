#!/usr/bin/env node
// Builds the self-contained bundle in dist/ (committed: pre-commit and the GitHub Action run it as is).
// `--check` builds into a temp dir and fails when it differs from the committed dist/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(join(tmpdir(), 'sealgate-dist-')) : join(root, 'dist');
if (!check) rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/entry.ts', index: 'src/index.ts', action: 'src/action/entry.ts', 'history-worker': 'src/pipeline/history-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
  banner: { js: "import{createRequire as __sgCreateRequire}from'node:module';const require=__sgCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json', '--outDir', join(outdir, 'types')], { cwd: root, stdio: 'inherit' });
// Sources import './x.ts'; published declarations must name './x.js'.
for (const f of readdirSync(join(outdir, 'types'), { recursive: true })) {
  const p = join(outdir, 'types', f);
  if (!p.endsWith('.d.ts')) continue;
  const s = readFileSync(p, 'utf8');
  const t = s.replace(/(from\s+['"]\.{1,2}\/[^'"]*?)\.ts(['"])/g, '$1.js$2').replace(/(import\(['"]\.{1,2}\/[^'"]*?)\.ts(['"]\))/g, '$1.js$2');
  if (t !== s) writeFileSync(p, t);
}

if (check) {
  const list = (dir) => (statSync(dir, { throwIfNoEntry: false }) ? readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, f)).isFile()).sort() : []);
  const want = list(outdir);
  const have = list(join(root, 'dist'));
  const diff = [...new Set([...want, ...have])].filter((f) => {
    const a = join(outdir, f);
    const b = join(root, 'dist', f);
    return !want.includes(f) || !have.includes(f) || !readFileSync(a).equals(readFileSync(b));
  });
  rmSync(outdir, { recursive: true, force: true });
  if (diff.length) {
    console.error(`dist/ is stale (${diff.length} file(s) differ, e.g. ${relative(root, join('dist', diff[0]))}): run npm run build and commit dist/`);
    process.exit(1);
  }
  console.log('dist/ matches a fresh build');
}
