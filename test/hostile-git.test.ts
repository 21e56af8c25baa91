// A scanned repository is hostile: its git config names commands (fsmonitor, pager, external diff,
// textconv, filters, gpg, ssh, hooks, aliases) that must never run, and its file names carry newlines,
// control characters, workflow commands and leading dashes that must not become git options, terminal
// escapes or GitHub commands.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cli } from './helpers/cli.ts';
import { TempRepo } from './helpers/repo.ts';

const H = suite('hostile repositories');
const PASSWORD = 'Hostile-Repo-Passw0rd-7731';
const secret = (name: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: x\nstringData:\n  password: ${PASSWORD}\n`;

H('commands named in the scanned repository\'s git config never run: scan, --staged, --range, audit', async () => {
  const markers = mkdtempSync(join(tmpdir(), 'sealgate-markers-'));
  const repo = new TempRepo();
  try {
    const base = repo.commit('base', { 'a.yaml': 'a: 1\n' });
    repo.commit('secret', { 'k8s/secret.yaml': secret('one') });
    const touch = (what: string) => `touch ${join(markers, what)}`;
    const config: Array<[string, string]> = [
      ['core.fsmonitor', `${touch('fsmonitor')}; false`],
      ['core.pager', touch('pager')],
      ['pager.diff', touch('pager-diff')],
      ['pager.log', touch('pager-log')],
      ['diff.external', touch('external-diff')],
      ['diff.evil.command', touch('diff-driver')],
      ['diff.evil.textconv', `${touch('textconv')}; cat`],
      ['filter.evil.clean', `${touch('clean')}; cat`],
      ['filter.evil.smudge', `${touch('smudge')}; cat`],
      ['filter.evil.process', touch('filter-process')],
      ['log.showSignature', 'true'],
      ['gpg.program', touch('gpg')],
      ['core.sshCommand', touch('ssh')],
      ['core.askPass', touch('askpass')],
      ['credential.helper', `!${touch('credential')}`],
      ['alias.ls-files', `!${touch('alias')}`],
      ['alias.diff', `!${touch('alias-diff')}`],
      ['core.hooksPath', join(repo.dir, '.evil-hooks')],
      ['core.untrackedCache', 'true'],
      ['extensions.partialClone', 'origin'],
      ['remote.origin.url', 'ssh://evil.invalid/repo'],
      ['remote.origin.promisor', 'true'],
    ];
    for (const [k, v] of config) repo.git('config', k, v);
    mkdirSync(repo.path('.evil-hooks'));
    for (const hook of ['post-index-change', 'reference-transaction', 'pre-commit', 'post-checkout', 'fsmonitor-watchman']) {
      writeFileSync(repo.path(`.evil-hooks/${hook}`), `#!/bin/sh\n${touch(`hook-${hook}`)}\n`, { mode: 0o755 });
    }
    repo.write({ '.gitattributes': '* diff=evil filter=evil\n', 'k8s/staged.yaml': secret('two') });
    repo.gitEnv({ GIT_CONFIG_PARAMETERS: "'filter.evil.process=' 'filter.evil.clean=cat' 'core.fsmonitor=false' 'core.hooksPath=/dev/null'" }, 'add', 'k8s/staged.yaml', '.gitattributes');
    rmSync(markers, { recursive: true, force: true });
    mkdirSync(markers);

    const runs = [
      await cli(['scan', '--format', 'json'], { cwd: repo.dir }),
      await cli(['scan', '--staged', '--format', 'json'], { cwd: repo.dir }),
      await cli(['scan', '--range', `${base}..HEAD`, '--format', 'json'], { cwd: repo.dir }),
      await cli(['scan', '--range', `${base}...HEAD`, '--format', 'json'], { cwd: repo.dir }),
      await cli(['audit', '--format', 'json'], { cwd: repo.dir }),
      await cli(['baseline', '--output', join(markers, '..', 'sealgate-hostile-baseline.json'), '--no-gitattributes'], { cwd: repo.dir }),
    ];
    rmSync(join(markers, '..', 'sealgate-hostile-baseline.json'), { force: true });
    assert.equal(readdirSync(markers), [], 'no command from the repository ran');
    for (const r of runs.slice(0, 4)) {
      assert.is(r.exitCode, 1, r.stderr);
      assert.match(r.stdout, /k8s-secret-plaintext/);
    }
    assert.is(runs[4]?.exitCode, 0, runs[4]?.stderr);
  } finally {
    repo.remove();
    rmSync(markers, { recursive: true, force: true });
  }
});

const HOSTILE_NAMES = [
  '-rf.yaml',
  '--output=pwned.yaml',
  '--exec=touch pwned.yaml',
  'new\nline.yaml',
  'tab\there.yaml',
  'esc\x1b[31mred.yaml',
  'bell\x07.yaml',
  '::error::pwned.yaml',
  '%0A::warning::x.yaml',
  'quote"and\'apos.yaml',
  'back\\slash.yaml',
  'unicode-ß-😀.yaml',
  '*.yaml',
  ':(glob)x.yaml',
];

H('hostile file names: found in every mode, never git options, escaped in text and workflow commands', async () => {
  const repo = new TempRepo();
  try {
    const base = repo.commit('base', { 'README.md': '# x\n' });
    const files = Object.fromEntries(HOSTILE_NAMES.map((n, i) => [`k8s/${n}`, secret(`s${i}`)]));
    repo.commit('hostile names', files);
    repo.write(Object.fromEntries(HOSTILE_NAMES.map((n, i) => [`staged/${n}`, secret(`t${i}`)])));
    repo.git('add', '-A');
    const modes = {
      tree: ['scan', 'k8s'],
      staged: ['scan', '--staged'],
      range: ['scan', '--range', `${base}..HEAD`],
      explicit: ['scan', '--', ...HOSTILE_NAMES.map((n) => `k8s/${n}`)],
    };
    for (const [mode, argv] of Object.entries(modes)) {
      const r = await cli(['scan', '--format', 'json', ...argv.slice(1)], { cwd: repo.dir });
      assert.is(r.exitCode, 1, `${mode}: ${r.stderr}`);
      const report = JSON.parse(r.stdout) as { findings: Array<{ file: string; ruleId: string }> };
      const found = new Set(report.findings.filter((f) => f.ruleId === 'k8s-secret-plaintext').map((f) => f.file.replace(/^(k8s|staged)\//, '')));
      assert.equal([...found].sort(), [...HOSTILE_NAMES].sort(), `${mode}: every hostile name is found`);
    }
    assert.not.ok(existsSync(repo.path('pwned.yaml')), 'no file name became a git option');

    const text = await cli(['scan', 'k8s'], { cwd: repo.dir });
    assert.not.match(text.stdout, /[\x00-\x08\x0b-\x1f\x7f]/, 'no raw control character reaches the terminal');
    const github = await cli(['scan', 'k8s', '--format', 'github'], { cwd: repo.dir });
    const lines = github.stdout.split('\n');
    assert.ok(lines.every((l) => l === '' || /^::(error|warning|notice) /.test(l) || !l.startsWith('::')), 'only sealgate starts a line with ::');
    assert.not.ok(lines.some((l) => l.startsWith('::warning::x') || l.startsWith('::error::pwned')), 'a name is never a command');
  } finally {
    repo.remove();
  }
});

H.run();
