// Hostile inputs, timed: every case of test/helpers/hostile-cases.ts through the real CLI (what it ends in,
// how long it takes, its bound), and every credential rule against 1 MB single lines of its own near-matches
// (the engine must stay linear). `npm run bench:hostile`; writes the "Hostile inputs" section of BENCHMARKS.md.
import { CredentialEngine } from '../src/scanners/credentials/engine.ts';
import { builtinCredentialRules } from '../src/scanners/credentials/rules/index.ts';
import { hostileLines } from '../test/helpers/credentials.ts';
import { HOSTILE_CASES, runCase } from '../test/helpers/hostile-cases.ts';
import { machine, writeSection } from './report.ts';

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

const rows: string[] = [];
let over = 0;
for (const c of HOSTILE_CASES) {
  const r = await runCase(c);
  const ok = r.outcome === c.expect && r.ms <= c.boundSeconds * 1000;
  if (!ok) over++;
  const line = r.outcome === 'error' ? `: \`${r.stderr.trim().replace(/^sealgate: \S+?:(\d+:)? /, '').slice(0, 70)}\`` : '';
  rows.push(`| ${c.name} | ${r.outcome}${line} | ${fmt(r.ms)} | ${c.boundSeconds} s | ${ok ? 'yes' : '**no**'} |`);
  console.log(`${c.name}: ${r.outcome} in ${fmt(r.ms)} (bound ${c.boundSeconds} s)`);
}

// Every rule alone on the 1 MB lines test/hostile/credentials.hostile.test.ts uses.
const rules = builtinCredentialRules();
let slowest = { id: '', ms: 0 };
let total = 0;
let inputs = 0;
for (const rule of rules) {
  const engine = new CredentialEngine([rule]);
  for (const text of hostileLines(rule)) {
    const t0 = performance.now();
    engine.detect(text, { path: 'hostile.txt', decodeDepth: 2 });
    const ms = performance.now() - t0;
    total += ms;
    inputs++;
    if (ms > slowest.ms) slowest = { id: rule.id, ms };
  }
}
console.log(`${rules.length} rules × 1 MB lines: ${inputs} inputs, ${fmt(total)} in all, slowest ${slowest.id} ${fmt(slowest.ms)}`);

writeSection(
  'Hostile inputs',
  `Every hostile case of \`test/helpers/hostile-cases.ts\` through the CLI in-process (the same cases
\`npm run test:hostile\` checks end in a finding, a note or a one-line exit-2 error), one run each; ${machine()}.
Command: \`npm run bench:hostile\`.

| case | ends in | time | bound | within |
| --- | --- | ---: | ---: | :---: |
${rows.join('\n')}

**Credential rules on 1 MB single lines:** ${rules.length} rules, each alone on ${inputs} lines of 1 MB made of
its own keywords, \`keyword=\` and truncated true examples (the inputs of
\`test/hostile/credentials.hostile.test.ts\`): ${fmt(total)} in all, ${fmt(total / inputs)} per MB on
average, the slowest rule \`${slowest.id}\` at ${fmt(slowest.ms)} per MB (linear: a backtracking regex takes
minutes here). ${over === 0 ? 'Every case ended as expected within its bound.' : `**${over} case(s) missed their outcome or bound.**`}`,
);
if (over > 0) process.exitCode = 1;
