// Whole-repository checks in a partial scan (what `scan --staged --policy` does): the rest of the repo is
// read for context only, and a policy finding is reported only when the change touched its document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultConfig } from '../src/config/config.ts';
import type { Source } from '../src/sources/source.ts';
import type { ScanTarget } from '../src/target.ts';
import { AUDIT_NOW, buildGitopsRepo } from './helpers/gitops-repo.ts';
import type { TempRepo } from './helpers/repo.ts';

// The pipeline reaches execa (ESM only), which uvu's require() cannot load: import it dynamically.
const modules = async () => ({ ...(await import('../src/pipeline/scan.ts')), ...(await import('../src/sources/index.ts')), ...(await import('../src/scanners/index.ts')) });

/** A source that yields one changed file with the given added lines, like the staged source does. */
function changeSource(repo: TempRepo, path: string, added: number[]): Source {
  const target: ScanTarget = { path, content: readFileSync(join(repo.dir, path), 'utf8'), added: new Set(added) };
  return {
    notes: [],
    async *targets() {
      yield target;
    },
    async readFile() {
      return undefined;
    },
  };
}

const S = suite('policy in a partial scan');
let repo: TempRepo;
S.before(() => {
  repo = buildGitopsRepo();
});
S.after(() => repo.remove());

async function policyFindings(path: string, added: number[], withContext = true) {
  const m = await modules();
  const context = withContext ? m.workingTreeSource([], { cwd: repo.dir, maxFileSize: 1 << 20 }) : undefined;
  const { report } = await m.scanSource(changeSource(repo, path, added), defaultConfig(), { policy: true, now: AUDIT_NOW }, {
    repoScanners: m.builtinRepoScanners(),
    repoRoot: repo.dir,
    ...(context ? { context } : {}),
  });
  return report.findings.filter((f) => f.category === 'policy').map((f) => `${f.ruleId} ${f.file}:${f.line}`);
}

S('a touched Deployment reports its own findings, and credits its ServiceAccount from another file', async () => {
  assert.equal(await policyFindings('clusters/prod/apps/web/deployment.yaml', [14]), ['envfrom-secret-without-reload clusters/prod/apps/web/deployment.yaml:14']);
});

S('without the context files the ServiceAccount is unknown (why partial scans read them)', async () => {
  const found = await policyFindings('clusters/prod/apps/web/deployment.yaml', [14], false);
  assert.ok(found.includes('automount-token clusters/prod/apps/web/deployment.yaml:9'), found.join('\n'));
});

S('only the touched document of a multi-document file is reported', async () => {
  // rbac.yaml: the ClusterRole is lines 1-8, the ClusterRoleBinding lines 10-21.
  assert.equal(await policyFindings('clusters/prod/platform/rbac.yaml', [16]), ['rbac-broad-secret-access clusters/prod/platform/rbac.yaml:13']);
  assert.equal(await policyFindings('clusters/prod/platform/rbac.yaml', [3]), ['rbac-broad-secret-access clusters/prod/platform/rbac.yaml:6']);
});

S('a change that touches no line reports nothing, though the repository has findings', async () => {
  assert.equal(await policyFindings('clusters/prod/apps/worker/sealed-secret.yaml', []), []);
});

S('a touched SealedSecret document reports its overdue keys (ages from history)', async () => {
  assert.equal(await policyFindings('clusters/prod/apps/worker/sealed-secret.yaml', [4]), ['secret-rotation-overdue clusters/prod/apps/worker/sealed-secret.yaml:9']);
});

S('scan --staged --policy: only the staged document reports, with the rest of the repository as context', async () => {
  const { cli } = await import('./helpers/cli.ts');
  const staged = buildGitopsRepo();
  try {
    const path = 'clusters/prod/apps/web/deployment.yaml';
    staged.write({ [path]: readFileSync(join(staged.dir, path), 'utf8').replace('image: web:1.4', 'image: web:1.5') });
    staged.git('add', path);
    const r = await cli(['scan', '--staged', '--policy', '--format', 'json'], { cwd: staged.dir });
    const found = JSON.parse(r.stdout).findings.map((f: { ruleId: string; file: string; line: number }) => `${f.ruleId} ${f.file}:${f.line}`);
    assert.equal(found, ['envfrom-secret-without-reload clusters/prod/apps/web/deployment.yaml:14']);
    assert.is(r.exitCode, 1);
  } finally {
    staged.remove();
  }
});

S.run();
