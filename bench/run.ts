// `npm run bench`: every `bench:<name>` script of package.json, one after another, each in its own process
// (so one benchmark's warm JIT or heap does not colour the next). Each writes its own BENCHMARKS.md section.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensurePeers } from './peers.ts';

const root = new URL('..', import.meta.url).pathname;
const scripts = Object.keys((JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts);
const benches = scripts.filter((s) => s.startsWith('bench:'));
ensurePeers();
const failed: string[] = [];
for (const name of benches) {
  console.log(`\n== npm run ${name}`);
  try {
    execFileSync('npm', ['run', '--silent', name], { cwd: root, stdio: 'inherit' });
  } catch {
    failed.push(name);
  }
}
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
