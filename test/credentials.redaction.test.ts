// Redaction holds in every output: plant credentials of several kinds, scan with every report format
// (stdout and --output) and write a baseline; no output may contain a secret, or any 9 characters of it.
import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { FORMATS } from '../src/reporters/index.ts';
import { base64url, pem, sample, ALNUM } from '../src/scanners/credentials/rules/sample.ts';
import { cli } from './helpers/cli.ts';
import { TempRepo } from './helpers/repo.ts';

const password = `${sample(ALNUM, 22, 201)}4$`;
const apiKey = sample(ALNUM, 40, 202);
const urlPassword = sample(ALNUM, 24, 203);
const key = pem('RSA PRIVATE KEY', 600, 204);
const jwt = `${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url('{"sub":"ci","scope":"deploy"}')}.${sample(ALNUM, 43, 205)}`;
const wrapped = pem('PRIVATE KEY', 300, 206);
const secrets = [password, apiKey, urlPassword, key, jwt, wrapped];

const files = {
  'app.env': `DB_PASSWORD=${password}\nSERVICE_API_KEY=${apiKey}\n`,
  'deploy/settings.yaml': `app:\n  DATABASE_URL: postgres://app:${urlPassword}@db:5432/app\n  AUTH: "${jwt}"\n  tls.key: ${Buffer.from(wrapped).toString('base64')}\n`,
  'keys/deploy.pem': `${key}\n`,
};

/** Every 9-character window of every secret (redaction shows at most 4 + 4). */
function leaks(output: string): string[] {
  const found: string[] = [];
  for (const s of secrets) {
    for (let i = 0; i + 9 <= s.length; i++) {
      const w = s.slice(i, i + 9);
      if (/^[-A-Z ]+$/.test(w)) continue; // PEM armour words ("-----BEGIN") are not the secret
      if (output.includes(w)) {
        found.push(w);
        break;
      }
    }
  }
  return found;
}

const R = suite('redaction');

R('no report format, on stdout or in --output, contains a secret', async () => {
  const repo = new TempRepo();
  try {
    repo.commit('plant', { ...files, '.gitignore': 'report-*\n' });
    for (const format of FORMATS) {
      const r = await cli(['scan', '--format', format], { cwd: repo.dir });
      assert.is(r.exitCode, 1, `${format}: ${r.stderr}`);
      assert.equal(leaks(r.stdout + r.stderr), [], `${format} stdout`);
      const out = await cli(['scan', '--format', format, '--output', `report-${format}.out`], { cwd: repo.dir });
      assert.equal(leaks(out.stdout + readFileSync(repo.path(`report-${format}.out`), 'utf8')), [], `${format} --output`);
    }
    const json = JSON.parse((await cli(['scan', '--format', 'json'], { cwd: repo.dir })).stdout) as { findings: { ruleId: string }[] };
    const rules = new Set(json.findings.map((f) => f.ruleId));
    for (const id of ['generic-password', 'generic-api-key', 'url-credentials', 'private-key', 'jwt']) assert.ok(rules.has(id), `planted ${id} was found`);
    await cli(['baseline'], { cwd: repo.dir });
    assert.equal(leaks(readFileSync(repo.path('.sealgate-baseline.json'), 'utf8')), []);
  } finally {
    repo.remove();
  }
});

R('--no-redact does reveal them (so the check above can fail)', async () => {
  const repo = new TempRepo();
  try {
    repo.commit('plant', files);
    const r = await cli(['scan', '--format', 'json', '--no-redact'], { cwd: repo.dir });
    assert.ok(leaks(r.stdout).length >= 3);
  } finally {
    repo.remove();
  }
});

R.run();
