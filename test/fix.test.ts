// `sealgate fix` end to end on a GitOps repository with dev and prod folders (issue 7's "done when").
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { asSecret, isSealedSecret } from '../src/parse/manifest.ts';
import { parseFile } from '../src/parse/file.ts';
import { docRange, paddedSlice } from '../src/fix/splice.ts';
import { decrypt, loadAgeIdentities, loadUnsealingKeys, unseal } from '../src/index.ts';
import { cli } from './helpers/cli.ts';
import { ALICE_KEY, BOB_KEY, FILES, fixRepo, PLANTED, tempFiles, treeHash } from './helpers/fix-repo.ts';
import type { TempRepo } from './helpers/repo.ts';

const read = (repo: TempRepo, p: string) => readFileSync(repo.path(p), 'utf8');

/** The plaintext values of every SealedSecret in a file, opened with `keyFile`; throws when the key does not open them. */
function unsealAll(repo: TempRepo, path: string, keyFile: string): Record<string, string> {
  const text = read(repo, path).replace(/^\uFEFF/, '');
  const parsed = parseFile(path, text);
  const keys = loadUnsealingKeys(read(repo, keyFile), keyFile);
  const out: Record<string, string> = {};
  const sealed = parsed.docs.filter((d) => d.origin.kind !== 'last-applied' && isSealedSecret(d));
  assert.ok(sealed.length > 0, `${path} holds no SealedSecret`);
  for (const doc of sealed) {
    const r = docRange(parsed, doc);
    const result = unseal(paddedSlice(text, r, parsed.lines), { keys, file: path, format: 'json' });
    const secret = JSON.parse(result.output) as { metadata: { name: string }; data: Record<string, string> };
    for (const [k, v] of Object.entries(secret.data)) out[`${secret.metadata.name}/${k}`] = Buffer.from(v, 'base64').toString('utf8');
  }
  return out;
}

function opensWith(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
}

async function sopsOpens(repo: TempRepo, path: string, keyFile: string): Promise<string | undefined> {
  const { identities } = loadAgeIdentities({ SOPS_AGE_KEY_FILE: keyFile });
  try {
    return (await decrypt(read(repo, path), { format: 'yaml', identities })) as string;
  } catch {
    return undefined;
  }
}

/** The text outside each Secret's byte range in `before`, in order: what must survive a fix unchanged. */
function outsideSecrets(path: string, before: string): string[] {
  const text = before.replace(/^\uFEFF/, '');
  const parsed = parseFile(path, text);
  const ranges = parsed.docs.filter((d) => d.origin.kind !== 'last-applied' && asSecret(d)).map((d) => docRange(parsed, d)).sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const r of ranges) {
    parts.push(text.slice(at, r.start));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts;
}

const E2E = suite('fix: a GitOps repository with dev and prod folders');
let repo: TempRepo;
let fixed: Awaited<ReturnType<typeof cli>>;
E2E.before(async () => {
  repo = await fixRepo();
  chmodSync(repo.path('clusters/prod/apps/app.yaml'), 0o640);
  fixed = await cli(['fix'], { cwd: repo.dir });
});
E2E.after(() => repo.remove());

E2E('fix turns every plaintext Secret into a SealedSecret or SOPS file and says what it did', () => {
  assert.is(fixed.exitCode, 0, fixed.stdout + fixed.stderr);
  for (const f of ['clusters/prod/apps/app.yaml', 'clusters/prod/apps/crlf.yaml', 'clusters/prod/apps/list.yaml', 'clusters/prod/apps/secret.json', 'clusters/dev/apps/app.yaml']) {
    assert.match(fixed.stdout, new RegExp(`sealed: ${f.replace(/\./g, '\\.')}:\\d+ `));
  }
  assert.match(fixed.stdout, /sealed: clusters\/prod\/apps\/app\.yaml:11 {2}Secret shop\/db → SealedSecret with keys\/prod\.pem \(sha256 [0-9a-f]{12}…\), rule seal\[1\] \(\.sealgate\.yaml:5\)/);
  assert.match(fixed.stdout, /encrypted: clusters\/prod\/sops\/db\.yaml:2 {2}Secret shop\/sops-db → SOPS with age age1jtfldc…v4eg7m, rule seal\[0\] \(\.sealgate\.yaml:4\)/);
  assert.match(fixed.stdout, /encrypted: clusters\/dev\/sops\/api\.yaml:1 {2}Secret shop\/api → SOPS with age age1fnmgqd…w3akt2, rule \.sops\.yaml:2/);
  assert.match(fixed.stdout, /sealgate fixed 9 Secrets in 7 files/);
});

E2E('no plaintext is left anywhere in the tree, and no temp file', () => {
  const all = [...treeHash(repo.dir).keys()].map((p) => readFileSync(repo.path(p), 'utf8')).join('\n');
  for (const v of Object.values(PLANTED)) assert.not.ok(all.includes(v.split('\n')[0] as string), `${v} is still in the tree`);
  assert.equal(tempFiles(repo.dir), []);
});

E2E('a second scan is clean', async () => {
  const r = await cli(['scan', '--format', 'json'], { cwd: repo.dir });
  assert.is(r.exitCode, 0, r.stdout);
  assert.equal(JSON.parse(r.stdout).findings, []);
});

E2E('the prod key opens only prod files, the dev key only dev files, with the original values', () => {
  const prod = {
    ...unsealAll(repo, 'clusters/prod/apps/app.yaml', 'keys/prod.key'),
    ...unsealAll(repo, 'clusters/prod/apps/crlf.yaml', 'keys/prod.key'),
    ...unsealAll(repo, 'clusters/prod/apps/list.yaml', 'keys/prod.key'),
    ...unsealAll(repo, 'clusters/prod/apps/secret.json', 'keys/prod.key'),
  };
  assert.equal(prod, {
    'db/password': PLANTED.prodApp,
    'db/note': `${PLANTED.prodAppMulti}\n`,
    'api/token': PLANTED.prodCrlf,
    'list-block/password': PLANTED.prodListBlock,
    'list-flow/password': PLANTED.prodListFlow,
    'json-api/api-key': PLANTED.prodJson,
  });
  assert.equal(unsealAll(repo, 'clusters/dev/apps/app.yaml', 'keys/dev.key'), { 'db/password': PLANTED.devApp });
  for (const f of ['clusters/prod/apps/app.yaml', 'clusters/prod/apps/list.yaml', 'clusters/prod/apps/secret.json', 'clusters/prod/apps/crlf.yaml']) {
    assert.not.ok(opensWith(() => unsealAll(repo, f, 'keys/dev.key')), `the dev key opens ${f}`);
  }
  assert.not.ok(opensWith(() => unsealAll(repo, 'clusters/dev/apps/app.yaml', 'keys/prod.key')), 'the prod key opens the dev file');
});

E2E('SOPS files open only with their environment identity', async () => {
  const prod = await sopsOpens(repo, 'clusters/prod/sops/db.yaml', ALICE_KEY);
  assert.ok(prod?.includes(PLANTED.prodSops1));
  assert.is(await sopsOpens(repo, 'clusters/prod/sops/db.yaml', BOB_KEY), undefined);
  const dev = await sopsOpens(repo, 'clusters/dev/sops/api.yaml', BOB_KEY);
  assert.ok(dev?.includes(PLANTED.devSops));
  assert.is(await sopsOpens(repo, 'clusters/dev/sops/api.yaml', ALICE_KEY), undefined);
});

E2E('nothing outside the Secrets changed: bytes, BOM, CRLF, mode, untouched files', () => {
  for (const f of ['clusters/prod/apps/app.yaml', 'clusters/prod/apps/crlf.yaml', 'clusters/prod/apps/list.yaml', 'clusters/prod/apps/secret.json', 'clusters/dev/apps/app.yaml']) {
    const before = FILES[f] as string;
    const after = read(repo, f);
    assert.is(after.startsWith('\uFEFF'), before.startsWith('\uFEFF'), `${f}: BOM`);
    const parts = outsideSecrets(f, before);
    const body = after.replace(/^\uFEFF/, '');
    let at = 0;
    for (const [i, part] of parts.entries()) {
      const found = i === 0 ? (body.startsWith(part) ? 0 : -1) : i === parts.length - 1 ? (body.endsWith(part) ? body.length - part.length : -1) : body.indexOf(part, at);
      assert.ok(found >= at, `${f}: the text between Secrets #${i} changed`);
      at = found + part.length;
    }
  }
  const crlf = read(repo, 'clusters/prod/apps/crlf.yaml');
  assert.not.ok(/[^\r]\n/.test(crlf), 'CRLF file got a bare LF');
  assert.not.ok(crlf.endsWith('\n'), 'a final newline was added');
  assert.is(read(repo, 'clusters/prod/apps/deploy.yaml'), FILES['clusters/prod/apps/deploy.yaml']);
  assert.is(statSync(repo.path('clusters/prod/apps/app.yaml')).mode & 0o777, 0o640);
});

E2E('the SealedSecrets record their certificate and the policy scope', () => {
  const app = read(repo, 'clusters/prod/apps/app.yaml');
  assert.match(app, /sealgate\.io\/cert-sha256: [0-9a-f]{64}/);
  assert.match(read(repo, 'clusters/dev/apps/app.yaml'), /sealedsecrets\.bitnami\.com\/namespace-wide: "true"/);
  assert.match(read(repo, 'clusters/prod/apps/list.yaml'), /\n {2}- \{"kind":"SealedSecret"/);
});

E2E('running fix again changes nothing', async () => {
  const before = treeHash(repo.dir);
  const again = await cli(['fix'], { cwd: repo.dir });
  assert.is(again.exitCode, 0);
  assert.match(again.stdout, /no plaintext Secrets to fix/);
  assert.equal(treeHash(repo.dir), before);
});
E2E.run();

const DRY = suite('fix --dry-run');
DRY('prints a unified diff with the values redacted and changes nothing on disk', async () => {
  const r0 = await fixRepo();
  try {
    const before = treeHash(r0.dir);
    const r = await cli(['fix', '--dry-run'], { cwd: r0.dir });
    assert.is(r.exitCode, 1, 'a dry run that would change files exits 1');
    assert.equal(treeHash(r0.dir), before);
    assert.match(r.stdout, /^--- a\/clusters\/dev\/apps\/app\.yaml\n\+\+\+ b\/clusters\/dev\/apps\/app\.yaml\n@@ /m);
    assert.match(r.stdout, /^-  password: prod…word {3}# inline comment$/m);
    for (const v of Object.values(PLANTED)) assert.not.ok(r.stdout.includes(v.split('\n')[0] as string), `${v} printed`);
    assert.match(r.stdout, /dry run: 9 Secrets in 7 files would change; nothing was written\./);
    assert.equal(tempFiles(r0.dir), []);
  } finally {
    r0.remove();
  }
});
DRY('with --no-redact the diff is exact: git apply accepts it', async () => {
  const r0 = await fixRepo();
  try {
    const r = await cli(['fix', '--dry-run', '--no-redact', 'clusters/prod/apps'], { cwd: r0.dir });
    assert.ok(r.stdout.includes(PLANTED.prodApp));
    const patch = r.stdout.slice(0, r.stdout.search(/^would seal: /m));
    writeFileSync(r0.path('fix.patch'), patch);
    execFileSync('git', ['apply', '--check', 'fix.patch'], { cwd: r0.dir });
  } finally {
    r0.remove();
  }
});
DRY.run();
