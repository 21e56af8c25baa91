// kustomize-secret-generator from the env file's side: a change that only edits an env file a
// secretGenerator reads is caught at the env file's added lines (staged and range scans), and a full scan
// still reports each key once, in the kustomization.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TempRepo } from './helpers/repo.ts';

// The pipeline reaches execa (ESM only), which uvu's require() cannot load: import it dynamically.
const pipeline = () => import('../src/pipeline/scan.ts');
const RULE = 'kustomize-secret-generator';

async function findings(repo: TempRepo, options: { staged?: boolean; range?: string } = {}) {
  const report = await (await pipeline()).scan({ cwd: repo.dir, ...options });
  return report.findings.map((f) => ({ rule: f.ruleId, at: `${f.file}:${f.line}:${f.column}`, key: f.kubernetes?.key, severity: f.severity, message: f.message }));
}

const E = suite('kustomize env files');
E('a staged edit of an env file a secretGenerator reads: its added literal lines, at the env file (a boolean is no secret)', async () => {
  const repo = new TempRepo();
  try {
    repo.commit('init', { 'apps/kustomization.yaml': 'secretGenerator:\n  - name: app\n    namespace: shop\n    envs: [app.env]\n', 'apps/app.env': 'LOG_LEVEL=info\nOLD_TOKEN=Qm81kZ0pLx72Vn4aTe\n' });
    repo.write({ 'apps/app.env': 'LOG_LEVEL=info\nOLD_TOKEN=Qm81kZ0pLx72Vn4aTe\nSTRIPE_KEY=Zq8vN3kLp2Xw7RtWq9\nexport AUTH="Hx7-pQ2-Lm9-Rt4"\nDEBUG=true\n' }).git('add', '-A');
    const found = await findings(repo, { staged: true });
    assert.equal(
      found.map((f) => [f.rule, f.at, f.key, f.severity]),
      [
        [RULE, 'apps/app.env:3:12', 'STRIPE_KEY', 'high'],
        [RULE, 'apps/app.env:4:14', 'AUTH', 'high'],
      ],
    );
    assert.match(found[0]?.message ?? '', /^STRIPE_KEY feeds secretGenerator "app" of apps\/kustomization\.yaml in plaintext from apps\/app\.env\.$/);
    assert.not.match(JSON.stringify(found), /Zq8vN3kLp2Xw7RtWq9|Hx7-pQ2-Lm9-Rt4/);
  } finally {
    repo.remove();
  }
});
E('an env file in a subdirectory, read by the kustomization above it; a range scan sees it too', async () => {
  const repo = new TempRepo();
  try {
    repo.commit('init', { 'k/kustomization.yml': 'secretGenerator:\n- name: s\n  envs: [conf/.env.prod]\n', 'k/conf/.env.prod': 'A=1\n' });
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.commit('add a password', { 'k/conf/.env.prod': 'A=1\nDB_PASSWORD=kz-Pw-77120x\n' });
    assert.equal((await findings(repo, { range: `${base}..HEAD` })).map((f) => [f.rule, f.at, f.key]), [[RULE, 'k/conf/.env.prod:2:13', 'DB_PASSWORD']]);
  } finally {
    repo.remove();
  }
});
E('env files no secretGenerator reads are left to the credential rules', async () => {
  const repo = new TempRepo();
  try {
    repo.commit('init', { 'apps/kustomization.yaml': 'secretGenerator:\n  - name: app\n    envs: [other.env]\nconfigMapGenerator:\n  - name: cfg\n    envs: [app.env]\n', 'apps/app.env': 'A=1\n', 'apps/other.env': 'B=2\n' });
    repo.write({ 'apps/app.env': 'A=1\nSTRIPE_KEY=Zq8vN3kLp2Xw7RtWq9\n', 'lone/.env': 'API_TOKEN=Zq8vN3kLp2Xw7RtWq9\n' }).git('add', '-A');
    assert.equal((await findings(repo, { staged: true })).filter((f) => f.rule === RULE), []);
  } finally {
    repo.remove();
  }
});
E('a full scan reports each key once, in the kustomization (the env file side does not double it)', async () => {
  const repo = new TempRepo();
  try {
    repo.commit('init', { 'apps/kustomization.yaml': 'secretGenerator:\n  - name: app\n    envs: [app.env]\n', 'apps/app.env': 'STRIPE_KEY=Zq8vN3kLp2Xw7RtWq9\nAUTH=Hx7-pQ2-Lm9-Rt4\n' });
    const found = (await findings(repo)).filter((f) => f.rule === RULE);
    assert.equal(found.map((f) => [f.at, f.key]), [['apps/kustomization.yaml:3:12', 'app.env:STRIPE_KEY'], ['apps/kustomization.yaml:3:12', 'app.env:AUTH']]);
  } finally {
    repo.remove();
  }
});
E('a new generator and its new env file in one commit: each value once, at the kustomization', async () => {
  const repo = new TempRepo();
  try {
    repo.commit('init', { 'README.md': 'x\n' });
    repo.write({ 'apps/kustomization.yaml': 'secretGenerator:\n  - name: app\n    envs: [app.env]\n', 'apps/app.env': 'STRIPE_KEY=Zq8vN3kLp2Xw7RtWq9\n' }).git('add', '-A');
    const found = (await findings(repo, { staged: true })).filter((f) => f.rule === RULE);
    assert.equal(found.map((f) => [f.at, f.key]), [['apps/kustomization.yaml:3:12', 'app.env:STRIPE_KEY']]);
  } finally {
    repo.remove();
  }
});
E.run();
