// Baselines, .sealgateignore, gitleaks import, custom rules and disables, end to end through the CLI on
// real temp git repositories.
import { readFileSync, writeFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatBaseline, parseBaseline } from '../src/findings/baseline.ts';
import { parseGitleaksSuppressions } from '../src/findings/gitleaks-import.ts';
import { parseIgnoreFile } from '../src/findings/ignore-file.ts';
import { sample, ALNUM } from '../src/scanners/credentials/rules/sample.ts';
import { cli } from './helpers/cli.ts';
import { TempRepo } from './helpers/repo.ts';

const secret = (seed: number) => `${sample(ALNUM, 20, seed)}7!`;
const json = async (cwd: string, ...args: string[]) => {
  const r = await cli(['scan', '--format', 'json', ...args], { cwd });
  assert.ok(r.exitCode === 0 || r.exitCode === 1, r.stderr);
  return JSON.parse(r.stdout) as { findings: { ruleId: string; file: string; line: number; fingerprint: string }[]; summary: { suppressed: number } };
};

const B = suite('baseline');

B('the baseline file: sorted, one entry per line, no line numbers, no secrets, stable', () => {
  const entries = [
    { fingerprint: 'bbb', rule: 'generic-password', file: 'b.env' },
    { fingerprint: 'aaa', rule: 'url-credentials', file: 'a "quoted".env' },
    { fingerprint: 'bbb', rule: 'generic-password', file: 'b.env' },
  ];
  const text = formatBaseline(entries);
  assert.is(text, formatBaseline([...entries].reverse()));
  const lines = text.split('\n');
  assert.ok(lines.indexOf('    {"rule": "url-credentials", "file": "a \\"quoted\\".env", "fingerprint": "aaa"},') < lines.indexOf('    {"rule": "generic-password", "file": "b.env", "fingerprint": "bbb"},'));
  const parsed = parseBaseline(text);
  assert.ok('entries' in parsed);
  if ('entries' in parsed) assert.equal(parsed.entries.map((e) => e.fingerprint), ['aaa', 'bbb']);
  assert.equal(parseBaseline('{"entries": [\n<<<<<<< HEAD\n'), { error: 'not valid JSON (a merge conflict left in it?)' });
});

B('scan --baseline reports only new findings; moving code changes neither the findings nor the baseline', async () => {
  const repo = new TempRepo();
  try {
    repo.commit('init', { 'app.env': `DB_PASSWORD=${secret(1)}\n`, 'svc/config.yaml': `api:\n  client_secret: "${sample(ALNUM, 40, 2)}9"\n` });
    const w = await cli(['baseline'], { cwd: repo.dir });
    assert.is(w.exitCode, 0, w.stderr);
    assert.match(w.stdout, /wrote 2 entries to \.sealgate-baseline\.json/);
    const text = readFileSync(repo.path('.sealgate-baseline.json'), 'utf8');
    assert.not.ok(text.includes(secret(1)));
    assert.not.match(text, /"line"|"date"|"time"/);
    assert.match(readFileSync(repo.path('.gitattributes'), 'utf8'), /^\/\.sealgate-baseline\.json merge=union$/m);

    let r = await json(repo.dir, '--baseline', '.sealgate-baseline.json');
    assert.equal(r.findings, []);
    assert.is(r.summary.suppressed, 2);

    // Move the secret down and add a new one: only the new one is reported.
    repo.write({ 'app.env': `# moved\nLOG_LEVEL=debug\n\nDB_PASSWORD=${secret(1)}\nAPI_PASSWORD=${secret(3)}\n` });
    r = await json(repo.dir, '--baseline', '.sealgate-baseline.json');
    assert.equal(r.findings.map((f) => [f.file, f.line]), [['app.env', 5]]);

    // Regenerating after a move alone gives the same bytes.
    repo.write({ 'app.env': `\n\n\nDB_PASSWORD=${secret(1)}\n` });
    await cli(['baseline'], { cwd: repo.dir });
    assert.is(readFileSync(repo.path('.sealgate-baseline.json'), 'utf8'), text);

    // The config's baseline key works the same, relative to the config file.
    repo.write({ '.sealgate.yaml': 'baseline: .sealgate-baseline.json\n', 'app.env': `DB_PASSWORD=${secret(1)}\nAPI_PASSWORD=${secret(3)}\n` });
    r = await json(repo.dir);
    assert.is(r.findings.length, 1);
    const missing = await cli(['scan', '--baseline', 'nope.json'], { cwd: repo.dir });
    assert.is(missing.exitCode, 2);
    assert.match(missing.stderr, /nope\.json: baseline file not found/);
  } finally {
    repo.remove();
  }
});

B('two branches that each add baseline entries at the same place merge without conflict (real git)', async () => {
  const repo = new TempRepo();
  try {
    repo.write({ 'm.env': `M_PASSWORD=${secret(10)}\n` });
    await cli(['baseline'], { cwd: repo.dir });
    repo.commit('baseline');
    repo.git('checkout', '-q', '-b', 'one');
    repo.write({ 'b.env': `B_PASSWORD=${secret(11)}\n` });
    await cli(['baseline'], { cwd: repo.dir });
    repo.commit('one');
    repo.git('checkout', '-q', 'main');
    repo.git('checkout', '-q', '-b', 'two');
    repo.write({ 'c.env': `C_PASSWORD=${secret(12)}\n` });
    await cli(['baseline'], { cwd: repo.dir });
    repo.commit('two');
    // Both branches inserted their entry right before m.env's: a plain merge would conflict here.
    repo.git('merge', '-q', '--no-edit', 'one');
    assert.not.match(repo.git('status', '--porcelain'), /^UU/m);
    const merged = parseBaseline(readFileSync(repo.path('.sealgate-baseline.json'), 'utf8'));
    assert.ok('entries' in merged);
    if ('entries' in merged) assert.equal(merged.entries.map((e) => e.file).sort(), ['b.env', 'c.env', 'm.env']);
    const r = await json(repo.dir, '--baseline', '.sealgate-baseline.json');
    assert.equal(r.findings, []);
    assert.is(r.summary.suppressed, 3);
  } finally {
    repo.remove();
  }
});

B('without merge=union the same merge conflicts (so the test above can fail)', async () => {
  const repo = new TempRepo();
  try {
    repo.write({ 'm.env': `M_PASSWORD=${secret(10)}\n` });
    await cli(['baseline', '--no-gitattributes'], { cwd: repo.dir });
    repo.commit('baseline');
    repo.git('checkout', '-q', '-b', 'one');
    repo.write({ 'b.env': `B_PASSWORD=${secret(11)}\n` });
    await cli(['baseline', '--no-gitattributes'], { cwd: repo.dir });
    repo.commit('one');
    repo.git('checkout', '-q', 'main');
    repo.write({ 'c.env': `C_PASSWORD=${secret(12)}\n` });
    await cli(['baseline', '--no-gitattributes'], { cwd: repo.dir });
    repo.commit('two');
    let conflicted = false;
    try {
      repo.git('merge', '-q', '--no-edit', 'one');
    } catch {
      conflicted = true;
    }
    assert.ok(conflicted);
  } finally {
    repo.remove();
  }
});

B('.sealgateignore: fingerprints silence one finding, globs skip files', async () => {
  assert.equal(parseIgnoreFile('# c\n0123456789abcdef01234567  # why\nfixtures/\n./docs/*.md\n'), {
    fingerprints: new Set(['0123456789abcdef01234567']),
    paths: ['fixtures/**', 'docs/*.md'],
  });
  const repo = new TempRepo();
  try {
    repo.commit('init', { 'a.env': `A_PASSWORD=${secret(20)}\nB_PASSWORD=${secret(21)}\n`, 'fixtures/x.env': `X_PASSWORD=${secret(22)}\n` });
    const before = await json(repo.dir);
    assert.is(before.findings.length, 3);
    const first = before.findings.find((f) => f.file === 'a.env' && f.line === 1);
    writeFileSync(repo.path('.sealgateignore'), `# accepted: rotated on 2024-05-01\n${first?.fingerprint}\nfixtures/\n`);
    const after = await json(repo.dir);
    assert.equal(after.findings.map((f) => [f.file, f.line]), [['a.env', 2]]);
    assert.is(after.summary.suppressed, 1);
  } finally {
    repo.remove();
  }
});

B('gitleaks import: a JSON report (with or without secrets) and a .gitleaksignore', async () => {
  assert.equal(parseGitleaksSuppressions('abc123def:src/a:b.env:generic-api-key:4\nsrc/c.env:jwt:2\n'), {
    places: [
      { file: 'src/a:b.env', line: 4, endLine: 4, rule: 'generic-api-key', commit: 'abc123def' },
      { file: 'src/c.env', line: 2, endLine: 2, rule: 'jwt' },
    ],
  });
  assert.ok('error' in parseGitleaksSuppressions('nonsense'));
  const repo = new TempRepo();
  try {
    const s1 = secret(30);
    const s2 = secret(31);
    const s3 = secret(32);
    repo.commit('init', { 'a.env': `A_PASSWORD=${s1}\nB_PASSWORD=${s2}\n`, 'b.env': `\nC_PASSWORD=${s3}\n` });
    const report = [
      { RuleID: 'generic-api-key', File: 'a.env', StartLine: 9, EndLine: 9, Secret: s1 }, // line moved since: matched by secret
      { RuleID: 'generic-api-key', File: './b.env', StartLine: 2, EndLine: 2, Secret: 'REDACTED' }, // matched by line
      { RuleID: 'generic-api-key', File: 'gone.env', StartLine: 1, EndLine: 1, Secret: 'x' },
    ];
    // A gitleaks report with secrets in it is itself a leak: keep it out of the scan, as a user would.
    writeFileSync(repo.path('.gitignore'), 'gl.json\n');
    writeFileSync(repo.path('gl.json'), JSON.stringify(report));
    const r = await cli(['baseline', '--from-gitleaks', 'gl.json'], { cwd: repo.dir });
    assert.is(r.exitCode, 0, r.stderr);
    assert.match(r.stdout, /2 sealgate finding\(s\) accepted/);
    assert.match(r.stdout, /1 gitleaks entry matches no current sealgate finding/);
    let left = await json(repo.dir, '--baseline', '.sealgate-baseline.json');
    assert.equal(left.findings.map((f) => [f.file, f.line]), [['a.env', 2]]);

    writeFileSync(repo.path('.gitleaksignore'), 'a.env:generic-api-key:2\n');
    await cli(['baseline', '--from-gitleaks', '.gitleaksignore'], { cwd: repo.dir });
    left = await json(repo.dir, '--baseline', '.sealgate-baseline.json');
    assert.equal(left.findings, []);
    const bad = await cli(['baseline', '--from-gitleaks', 'a.env'], { cwd: repo.dir });
    assert.is(bad.exitCode, 2);
    assert.not.ok(bad.stderr.includes(s1));
  } finally {
    repo.remove();
  }
});

B('custom rules from .sealgate.yaml run in the engine; bad ones are config errors with a line', async () => {
  const repo = new TempRepo();
  try {
    const token = `acme_${sample(ALNUM, 30, 40)}`;
    repo.commit('init', {
      '.sealgate.yaml': `rules:\n  disable: [generic-password]\n  custom:\n    - id: acme-token\n      regex: '(?i)\\b(acme_[a-z0-9]{30})\\b'\n      keywords: [ACME_]\n      severity: critical\n      paths: ["*.txt"]\n`,
      'a.txt': `token ${token}\nPASSWORD=${secret(41)}\n`,
      'b.md': `token ${token}\n`,
    });
    const r = await json(repo.dir);
    assert.equal(r.findings.map((f) => [f.ruleId, f.file]), [['acme-token', 'a.txt']]);
    for (const [rule, message] of [
      ["regex: '(a+)+$'", /rules\.custom\[0\] \(bad\): regex has a nested or ambiguous unbounded quantifier/],
      ["regex: 'x([a-z]{3})'\n      secretGroup: 2", /secretGroup 2 but the regex has 1 group/],
    ] as const) {
      repo.write({ '.sealgate.yaml': `rules:\n  custom:\n    - id: bad\n      ${rule}\n` });
      const e = await cli(['scan'], { cwd: repo.dir });
      assert.is(e.exitCode, 2);
      assert.match(e.stderr, /\.sealgate\.yaml:3: /);
      assert.match(e.stderr, message);
    }
    repo.write({ '.sealgate.yaml': `rules:\n  custom:\n    - id: private-key\n      regex: 'x'\n` });
    assert.match((await cli(['scan'], { cwd: repo.dir })).stderr, /id already used/);
  } finally {
    repo.remove();
  }
});

B.run();
