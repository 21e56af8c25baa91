// The Action as GitHub runs it: `node dist/action.js` with a simulated Actions environment (event JSON,
// GITHUB_*, INPUT_*) over a temp repository with a base and a head branch.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import AjvDraft4 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { TempRepo } from './helpers/repo.ts';

const Ajv = AjvDraft4.default;
const addFormats = ajvFormats.default;
const action = new URL('../dist/action.js', import.meta.url).pathname;
const A = suite('GitHub Action (simulated runner)');

const PASSWORD = 'Act10n-Planted-Passw0rd-91';
const TOKEN = `ghp_${'Zq8WmX2pL4vN7tR1yB5cK9dF3hJ6sA0eG2iU'}`;
const secretYaml = `apiVersion: v1
kind: Secret
metadata:
  name: db
  namespace: apps
stringData:
  password: ${PASSWORD}
`;

interface Run {
  status: number | null;
  stdout: string;
  outputs: string;
  summary: string;
  sarif?: unknown;
}

/** A repo whose PR adds a Secret in one commit and a token in a second commit that is then removed. */
function prRepo(): { repo: TempRepo; base: string; head: string } {
  const repo = new TempRepo();
  const base = repo.commit('base', { 'README.md': '# app\n', 'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n' });
  repo.git('checkout', '-q', '-b', 'feature');
  repo.commit('add db secret', { 'k8s/secret.yaml': secretYaml });
  repo.commit('add a token', { 'scripts/ci.sh': `#!/bin/sh\nexport GITHUB_TOKEN=${TOKEN}\n` });
  repo.git('rm', '-q', 'scripts/ci.sh');
  const head = repo.commit('remove the token');
  return { repo, base, head };
}

function runAction(repo: TempRepo, event: string, payload: unknown, inputs: Record<string, string>): Run {
  // The runner's files live outside the checkout, in a directory of this run's own.
  const runner = mkdtempSync(join(tmpdir(), 'sealgate-runner-'));
  const eventPath = join(runner, 'event.json');
  writeFileSync(eventPath, JSON.stringify(payload));
  const outputs = join(runner, 'github_output');
  const summary = join(runner, 'step_summary');
  writeFileSync(outputs, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: repo.dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_OUTPUT: outputs,
    GITHUB_STEP_SUMMARY: summary,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [action], { cwd: repo.dir, env, encoding: 'utf8' });
  const run: Run = { status: r.status, stdout: r.stdout + r.stderr, outputs: readFileSync(outputs, 'utf8'), summary: readFileSync(summary, 'utf8') };
  rmSync(runner, { recursive: true, force: true });
  if (inputs['sarif-file']) run.sarif = JSON.parse(readFileSync(repo.path(inputs['sarif-file']), 'utf8'));
  return run;
}

function outputValue(outputs: string, name: string): string | undefined {
  const m = new RegExp(`^${name}<<(\\S+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(outputs);
  return m?.[2];
}

A('a pull request is scanned commit by commit: annotations, summary, outputs, SARIF, exit 1', () => {
  const { repo, base, head } = prRepo();
  try {
    const r = runAction(repo, 'pull_request', { pull_request: { base: { sha: base }, head: { sha: head } } }, { 'sarif-file': 'sealgate.sarif' });
    assert.is(r.status, 1, r.stdout);
    // The Secret, at its line, and the token that was added and removed inside the PR.
    assert.match(r.stdout, /^::error file=k8s\/secret\.yaml,line=7,endLine=7,col=3,[^\n]*title=sealgate k8s-secret-plaintext/m);
    assert.match(r.stdout, /^::(error|warning) file=scripts\/ci\.sh,line=2,/m, r.stdout);
    assert.match(r.stdout, /^::stop-commands::[0-9a-f-]{36}$/m);
    assert.is(outputValue(r.outputs, 'findings'), '2');
    assert.is(outputValue(r.outputs, 'sarif-file'), repo.path('sealgate.sarif'));
    assert.match(r.summary, /^## sealgate: 2 findings/m);
    assert.match(r.summary, /\| high \| `k8s-secret-plaintext` \| `k8s\/secret\.yaml:7`/);
    for (const text of [r.stdout, r.outputs, r.summary, JSON.stringify(r.sarif)]) {
      assert.not.ok(text.includes(PASSWORD), 'password leaked');
      assert.not.ok(text.includes(TOKEN), 'token leaked');
    }
    const schema = JSON.parse(readFileSync(new URL('fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'));
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const valid: boolean = ajv.validate(schema, r.sarif);
    assert.ok(valid, JSON.stringify(ajv.errors));
  } finally {
    repo.remove();
  }
});

A('scan: diff sees only the net change; fail-on critical passes high findings', () => {
  const { repo, base, head } = prRepo();
  try {
    const pr = { pull_request: { base: { sha: base }, head: { sha: head } } };
    const net = runAction(repo, 'pull_request', pr, { scan: 'diff' });
    assert.is(outputValue(net.outputs, 'findings'), '1');
    assert.not.match(net.stdout, /scripts\/ci\.sh/);
    const lenient = runAction(repo, 'pull_request', pr, { scan: 'diff', 'fail-on': 'critical' });
    assert.is(lenient.status, 0, lenient.stdout);
    assert.match(lenient.stdout, /^::error file=k8s\/secret\.yaml/m);
  } finally {
    repo.remove();
  }
});

A('a push scans before..after; a clean push passes with findings=0', () => {
  const repo = new TempRepo();
  try {
    const before = repo.commit('one', { 'a.txt': 'a\n' });
    const after = repo.commit('two', { 'b.txt': 'b\n' });
    const r = runAction(repo, 'push', { before, after }, {});
    assert.is(r.status, 0, r.stdout);
    assert.is(outputValue(r.outputs, 'findings'), '0');
    assert.match(r.summary, /no findings/);
  } finally {
    repo.remove();
  }
});

A('missing history (a shallow checkout) is exit 2 with an error that explains fetch-depth', () => {
  const { repo, base, head } = prRepo();
  const shallow = new TempRepo({ git: false });
  try {
    spawnSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo.dir}`, shallow.path('c')]);
    const clone = Object.assign(Object.create(TempRepo.prototype) as TempRepo, { dir: shallow.path('c') });
    const r = runAction(clone, 'pull_request', { pull_request: { base: { sha: base }, head: { sha: head } } }, {});
    assert.is(r.status, 2, r.stdout);
    assert.match(r.stdout, /^::error title=sealgate::.*fetch-depth/m);
  } finally {
    repo.remove();
    shallow.remove();
  }
});

A('a bad input is exit 2 with an error annotation', () => {
  const repo = new TempRepo();
  try {
    repo.commit('one', { 'a.txt': 'a\n' });
    const r = runAction(repo, 'workflow_dispatch', {}, { 'fail-on': 'urgent' });
    assert.is(r.status, 2);
    assert.match(r.stdout, /^::error title=sealgate::input fail-on: expected/m);
  } finally {
    repo.remove();
  }
});

A.run();
