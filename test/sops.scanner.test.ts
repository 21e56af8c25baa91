// The SOPS scanner: fixture polarity (tp/ must report, fp/ must not), the rule each tp reports, and the
// MAC check through an injected verifier and through `sealgate scan` with SOPS_AGE_KEY_FILE.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseFile } from '../src/parse/file.ts';
import { sopsScanner } from '../src/scanners/sops/scanner.ts';
import type { SopsVerifier } from '../src/scanners/scanner.ts';
import type { Detection } from '../src/findings/finding.ts';
import { cli } from './helpers/cli.ts';
import { TempRepo } from './helpers/repo.ts';
import { ALICE, SOPS_FIXTURES } from './helpers/sops.ts';

const dir = join(SOPS_FIXTURES, 'scanner');
const scanner = sopsScanner();

async function scanFile(path: string, content: string, sopsVerify?: SopsVerifier): Promise<Detection[]> {
  return scanner.scan({
    target: { path, content, added: 'all' },
    parsed: () => parseFile(path, content),
    readFile: async () => undefined,
    options: { policy: false, decodeDepth: 2, ...(sopsVerify ? { sopsVerify } : {}) },
  });
}

const EXPECTED: Record<string, string[]> = {
  'mac-missing.yaml': ['sops-mac-missing'],
  'plaintext-added-under-default-suffix.yaml': ['sops-plaintext-value'],
  'plaintext-line-in-dotenv.env': ['sops-plaintext-value'],
  'plaintext-under-encrypted-regex-outside-secret-data.yaml': ['sops-plaintext-value'],
};

const S = suite('sops scanner');
for (const polarity of ['tp', 'fp'] as const) {
  for (const name of readdirSync(join(dir, polarity)).sort()) {
    S(`${polarity}/${name}`, async () => {
      const content = readFileSync(join(dir, polarity, name), 'utf8');
      const found = await scanFile(name, content);
      if (polarity === 'tp') assert.equal(found.map((d) => d.ruleId), EXPECTED[name] ?? ['(add the expected rule ids)']);
      else assert.equal(found.map((d) => `${d.ruleId}@${d.line}`), []);
      for (const d of found) assert.not.ok(d.message.includes(d.secret ?? '\0'), 'the message never holds the secret');
    });
  }
}

S('a plaintext finding points at the value and carries it for redaction', async () => {
  const [d] = await scanFile('x.yaml', readFileSync(join(dir, 'tp/plaintext-added-under-default-suffix.yaml'), 'utf8'));
  assert.is(d?.line, 7);
  assert.is(d?.secret, 'tok_live_9f8e7d6c5b4a');
  assert.match(d?.message ?? '', /server\.api_token is in plaintext/);
});

S('the MAC verdict comes from the injected verifier', async () => {
  const content = readFileSync(join(SOPS_FIXTURES, 'enc/k8s-secret.enc.yaml'), 'utf8');
  const seen: string[] = [];
  const verdict = (r: Awaited<ReturnType<SopsVerifier>>): SopsVerifier => async ({ path }) => (seen.push(path), r);
  assert.equal((await scanFile('s.yaml', content, verdict('mismatch'))).map((d) => d.ruleId), ['sops-mac-mismatch']);
  assert.equal(await scanFile('s.yaml', content, verdict('verified')), []);
  assert.equal(await scanFile('s.yaml', content, verdict('no-identity')), []);
  assert.equal(seen, ['s.yaml', 's.yaml', 's.yaml']);
  assert.equal(await scanFile('plain.yaml', 'a: b\n', verdict('mismatch')), [], 'not a SOPS file: never asked');
});

S('sealgate scan reports a hand-edited SOPS file when an identity is in the environment', async () => {
  const t = new TempRepo({ git: false });
  copyFileSync(join(SOPS_FIXTURES, 'enc/comments.enc.yaml'), t.path('ok.yaml'));
  writeFileSync(t.path('edited.yaml'), readFileSync(t.path('ok.yaml'), 'utf8').replace('db.internal', 'db.evil'));
  const withKey = await cli(['scan', '.', '--format', 'json'], { cwd: t.dir, env: { SOPS_AGE_KEY_FILE: ALICE.file, HOME: t.dir } });
  const findings = JSON.parse(withKey.stdout).findings as { ruleId: string; file: string }[];
  assert.equal(findings.filter((f) => f.ruleId.startsWith('sops-')).map((f) => `${f.ruleId} ${f.file}`), ['sops-mac-mismatch edited.yaml']);
  assert.is(withKey.exitCode, 1);
  const without = await cli(['scan', '.', '--format', 'json'], { cwd: t.dir, env: { HOME: t.dir } });
  assert.equal(JSON.parse(without.stdout).findings.filter((f: { ruleId: string }) => f.ruleId.startsWith('sops-')), []);
  t.remove();
});

S.run();
