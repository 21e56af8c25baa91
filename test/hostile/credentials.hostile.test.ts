// Hostile inputs: 1 MB lines of repeated near-matches for every credential rule, and for the decoders.
// A regex that backtracks catastrophically takes minutes here; the bound is generous (not a benchmark),
// it only has to separate linear from super-linear. Run with `npm run test:hostile`.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { CredentialEngine } from '../../src/scanners/credentials/engine.ts';
import { builtinCredentialRules } from '../../src/scanners/credentials/rules/index.ts';
import { hostileLines, megabyteOf } from '../helpers/credentials.ts';

const LIMIT_MS = 15_000;
const fill = megabyteOf;

function timed(engine: CredentialEngine, text: string, path = 'hostile.txt'): number {
  const t = performance.now();
  engine.detect(text, { path, decodeDepth: 2 });
  return performance.now() - t;
}

const rules = builtinCredentialRules();
const H = suite('hostile inputs');

for (const rule of rules) {
  H(`${rule.id}: 1 MB lines of its keywords and truncated true examples`, () => {
    const engine = new CredentialEngine([rule]);
    for (const input of hostileLines(rule)) {
      const ms = timed(engine, input);
      assert.ok(ms < LIMIT_MS, `${rule.id}: ${Math.round(ms)} ms on ${JSON.stringify(input.slice(0, 40))}…`);
    }
  });
}

H('every rule together, and the decoders, on 1 MB of encoded-looking and armour-looking text', () => {
  const engine = new CredentialEngine(rules);
  const inputs = [
    fill('QUtJQTEyMzQ1Njc4OTBBQkNE'), // base64 with no end
    fill('%41%42'),
    fill('0123456789abcdef'),
    fill('-----BEGIN PRIVATE KEY-----'),
    fill('-----BEGIN PRIVATE KEY-----\nMIIE', '\n'),
    fill('eyJ-'),
    fill('eyJhbGciOiJIUzI1NiJ9.'),
    fill('a://b:'),
    fill('password: "'),
    fill('token=x'),
    fill('ENC['),
    fill('ENC[AES256_GCM,data:'),
    fill('password: "ENC[AES256_GCM,x" '),
    fill('-----BEGIN AGE ENCRYPTED FILE----- password: "x12345678901" '),
    fill('Authorization: Basic '),
    fill('--from-literal=a='),
    fill('PuTTY-User-Key-File-2: x', '\n'),
  ];
  for (const input of inputs) {
    const ms = timed(engine, input);
    assert.ok(ms < LIMIT_MS, `${Math.round(ms)} ms on ${JSON.stringify(input.slice(0, 40))}…`);
  }
});

H.run();
