// key-separation: secrets encrypted for keys other than the seal: policy's for their path.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Detection } from '../src/findings/finding.ts';
import { keySeparationScanner } from '../src/scanners/key-separation/scanner.ts';
import type { KeyPolicy } from '../src/scanners/scanner.ts';
import { cli } from './helpers/cli.ts';
import { ALICE, BOB, CONFIG, fixRepo } from './helpers/fix-repo.ts';
import { scanInput } from './helpers/scan-input.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const POLICY: KeyPolicy = {
  rules: [
    { path: 'clusters/prod-sops/**', method: 'sops', where: 'seal[0] (.sealgate.yaml:3)', certSha256: [], recipients: [ALICE] },
    { path: 'clusters/dev-sops/**', method: 'sops', where: 'seal[1] (.sealgate.yaml:4)', certSha256: [] },
    { path: 'clusters/prod/**', method: 'sealed-secrets', where: 'seal[2] (.sealgate.yaml:5)', certSha256: [sha('prod')], cert: 'keys/prod.pem' },
    { path: 'clusters/dev/**', method: 'sealed-secrets', where: 'seal[3] (.sealgate.yaml:6)', certSha256: [sha('dev')], cert: 'keys/dev.pem' },
  ],
  sopsConfig: { file: '.sops.yaml', dir: '', rules: [{ pathRegex: '^clusters/dev-sops/', recipients: [BOB], line: 2 }] },
};

async function run(path: string, text: string, policy: KeyPolicy | null = POLICY): Promise<Detection[]> {
  const input = scanInput(path, text);
  if (policy) input.options.keyPolicy = policy;
  return keySeparationScanner.scan(input);
}

const root = new URL('./fixtures/key-separation/', import.meta.url).pathname;
function cases(polarity: 'tp' | 'fp'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : out.push(relative(join(root, polarity), join(d, n)));
  };
  walk(join(root, polarity));
  return out.sort();
}

const F = suite('key-separation fixtures (polarity)');
for (const polarity of ['tp', 'fp'] as const) {
  for (const path of cases(polarity)) {
    F(`${polarity} ${path}`, async () => {
      const ds = await run(path, readFileSync(join(root, polarity, path), 'utf8'));
      if (polarity === 'tp') assert.ok(ds.length > 0, 'expected a key-separation finding');
      else assert.equal(ds, []);
      for (const d of ds) assert.is(d.ruleId, 'key-separation');
    });
  }
}
F.run();

const K = suite('key-separation');
const fixture = (p: string) => readFileSync(join(root, p), 'utf8');
K('a dev-sealed SealedSecret under prod: high, at the annotation, naming both certificates', async () => {
  const [d, ...rest] = await run('clusters/prod/dev-sealed-secret-under-prod.yaml', fixture('tp/clusters/prod/dev-sealed-secret-under-prod.yaml'));
  assert.equal(rest, []);
  assert.is(d?.severity, 'high');
  assert.is(d?.line, 7);
  assert.match(d?.message ?? '', /^SealedSecret shop\/db was sealed for another certificate \(sha256 ef260e9aa3c6…\) than keys\/prod\.pem \(sha256 6754af9632a2…\) that seal\[2\] \(\.sealgate\.yaml:5\) names for this path/);
});
K('no annotation: info; the policy says sops: info', async () => {
  const none = await run('clusters/prod/x.yaml', fixture('tp/clusters/prod/sealed-secret-without-cert-annotation.yaml'));
  assert.equal(none.map((d) => [d.severity, d.line]), [['info', 2]]);
  const method = await run('clusters/dev-sops/x.yaml', fixture('tp/clusters/dev-sops/sealed-secret-where-the-policy-says-sops.yaml'));
  assert.equal(method.map((d) => d.severity), ['info']);
});
K('SOPS recipients: extra ones are high, missing ones medium; .sops.yaml decides when the rule names none', async () => {
  const extra = await run('clusters/prod-sops/a.json', fixture('tp/clusters/prod-sops/sops-file-also-open-to-bob.json'));
  assert.equal(extra.map((d) => d.severity), ['high']);
  assert.match(extra[0]?.message ?? '', /also be decrypted with age age1fnmgqdgy…w3akt2, which the policy for this path \(seal\[0\] \(\.sealgate\.yaml:3\)\) does not name/);
  const swapped = await run('clusters/dev-sops/a.yaml', fixture('tp/clusters/dev-sops/sops-file-for-alice-where-sops-yaml-says-bob.yaml'));
  assert.equal(swapped.map((d) => d.severity), ['high', 'medium']);
  assert.match(swapped[1]?.message ?? '', /not encrypted for age1fnmgqdgy…w3akt2, which the policy for this path \(\.sops\.yaml:2\) names/);
});
K('without a policy, or a path no rule matches, nothing is reported', async () => {
  const text = fixture('tp/clusters/prod/dev-sealed-secret-under-prod.yaml');
  assert.equal(await run('clusters/prod/a.yaml', text, null), []);
  assert.equal(await run('elsewhere/a.yaml', text), []);
  assert.equal(await run('clusters/prod/a.yaml', text, { rules: [{ ...(POLICY.rules[2] as KeyPolicy['rules'][number]), certSha256: [] }] }), [], 'no fingerprint known: not checked');
});
K.run();

const CLI = suite('key-separation in a scan');
CLI('sealgate scan flags a SealedSecret sealed with the dev certificate and committed under prod', async () => {
  const repo = await fixRepo({ '.sealgate.yaml': CONFIG, '.sops.yaml': `creation_rules:\n  - age: ${BOB}\n` });
  try {
    repo.write({ 'clusters/dev/db.yaml': 'apiVersion: v1\nkind: Secret\nmetadata: {name: db, namespace: shop}\nstringData: {password: moved-pw-1234}\n' });
    assert.is((await cli(['fix', 'clusters/dev'], { cwd: repo.dir })).exitCode, 0);
    mkdirSync(repo.path('clusters/prod'), { recursive: true });
    renameSync(repo.path('clusters/dev/db.yaml'), repo.path('clusters/prod/db.yaml'));
    const r = await cli(['scan', '--format', 'json'], { cwd: repo.dir });
    assert.is(r.exitCode, 1);
    const findings = JSON.parse(r.stdout).findings as { ruleId: string; file: string; severity: string }[];
    assert.equal(findings.map((f) => [f.ruleId, f.file, f.severity]), [['key-separation', 'clusters/prod/db.yaml', 'high']]);
    const audit = await cli(['audit', '--format', 'json'], { cwd: repo.dir });
    assert.is(audit.exitCode, 0, audit.stderr);
    assert.ok((JSON.parse(audit.stdout).findings as { ruleId: string }[]).some((f) => f.ruleId === 'key-separation'), 'audit runs the check too');
  } finally {
    repo.remove();
  }
});
CLI.run();
