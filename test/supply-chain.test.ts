// Supply chain: no install scripts of our own, a pinned lockfile installed with `npm ci` only, a dist/
// rebuilt and checked from it, the package's published contents, and `npm audit` at high where reachable.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

const root = new URL('../', import.meta.url).pathname;
const json = (p: string) => JSON.parse(readFileSync(`${root}${p}`, 'utf8')) as Record<string, unknown>;
const LIFECYCLE = ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack', 'prepublish', 'prepublishOnly', 'preuninstall', 'postuninstall'];

const S = suite('supply chain');

S('no lifecycle scripts: installing sealgate (or the bench peers) runs nothing of ours', () => {
  for (const p of ['package.json', 'bench/package.json']) {
    const scripts = (json(p)['scripts'] ?? {}) as Record<string, string>;
    assert.equal(Object.keys(scripts).filter((s) => LIFECYCLE.includes(s)), [], p);
  }
});

S('no runtime dependencies: everything is bundled into dist/', () => {
  const pkg = json('package.json');
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) assert.is(pkg[field], undefined, field);
});

S('the lockfiles pin every package by version and integrity hash', () => {
  for (const p of ['package-lock.json', 'bench/package-lock.json']) {
    const lock = json(p);
    assert.ok((lock['lockfileVersion'] as number) >= 2, `${p}: lockfileVersion`);
    const packages = lock['packages'] as Record<string, { version?: string; integrity?: string; link?: boolean }>;
    const unpinned = Object.entries(packages).filter(([k, v]) => k !== '' && !v.link && !(v.version && /^sha(512|384|256)-/.test(v.integrity ?? '')));
    assert.equal(unpinned.map(([k]) => k), [], `${p}: packages without a version and an integrity hash`);
    assert.ok(Object.keys(packages).length > 10, `${p}: has packages`);
  }
});

S('CI installs with npm ci only and checks dist/ against a fresh build', () => {
  const ci = readFileSync(`${root}.ci/run`, 'utf8');
  assert.not.match(ci, /npm (install|i|add)\b/, '.ci/run never resolves versions anew');
  assert.match(ci, /npm ci --no-audit --no-fund\n/);
  assert.match(ci, /npm ci --prefix bench/);
  const scripts = json('package.json')['scripts'] as Record<string, string>;
  assert.match(scripts['test'] ?? '', /npm run check-dist/);
  assert.match(scripts['check-dist'] ?? '', /build\.js --check/);
});

S('the published package holds only bin/, dist/, action.yml, README.md, LICENSE and package.json', () => {
  assert.ok(existsSync(`${root}LICENSE`), 'LICENSE');
  assert.match(readFileSync(`${root}LICENSE`, 'utf8'), /^MIT License/);
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  const files = (JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>)[0]?.files.map((f) => f.path) ?? [];
  const stray = files.filter((f) => !/^(bin\/sealgate\.js|dist\/.+\.(js|d\.ts)|action\.yml|README\.md|LICENSE|package\.json)$/.test(f));
  assert.equal(stray, [], 'files outside the allowed set');
  for (const must of ['bin/sealgate.js', 'dist/cli.js', 'dist/index.js', 'dist/action.js', 'dist/types/index.d.ts', 'action.yml', 'README.md', 'LICENSE', 'package.json']) {
    assert.ok(files.includes(must), must);
  }
});

S('npm audit: nothing at high or above (where the registry answers audits)', () => {
  for (const prefix of ['.', 'bench']) {
    const r = spawnSync('npm', ['audit', '--audit-level=high', '--json'], { cwd: `${root}${prefix}`, encoding: 'utf8' });
    const out = `${r.stdout}\n${r.stderr}`;
    if (r.status !== 0 && /audit endpoint returned an error|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|Method Not Allowed/.test(out)) {
      console.log(`  npm audit (${prefix}): skipped, the registry does not answer audits here`);
      continue;
    }
    const report = JSON.parse(r.stdout) as { metadata?: { vulnerabilities?: Record<string, number> } };
    const v = report.metadata?.vulnerabilities ?? {};
    assert.equal({ high: v['high'] ?? 0, critical: v['critical'] ?? 0 }, { high: 0, critical: 0 }, `npm audit in ${prefix}`);
  }
});

S.run();
