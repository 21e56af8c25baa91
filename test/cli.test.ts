import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cli } from './helpers/cli.ts';
import { TempRepo } from './helpers/repo.ts';

const C = suite('cli');

C('--help and help scan list the exit codes', async () => {
  for (const argv of [['--help'], ['help', 'scan'], ['scan', '--help']]) {
    const r = await cli(argv);
    assert.is(r.exitCode, 0);
    assert.match(r.stdout, /Exit codes:\n\s+0 .*\n\s+1 .*\n\s+2 /);
  }
});

C('--version prints the version', async () => {
  const r = await cli(['--version']);
  assert.match(r.stdout, /^\d+\.\d+\.\d+\n$/);
});

C('usage errors are one line on stderr with exit 2', async () => {
  for (const argv of [['bogus'], ['scan', '--bogus'], ['scan', '--format', 'xml'], ['scan', '--fail-on', 'urgent'], ['scan', '-', 'x.yaml']]) {
    const r = await cli(argv, { stdin: '' });
    assert.is(r.exitCode, 2, argv.join(' '));
    assert.is(r.stdout, '');
    assert.is(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /^sealgate: /);
  }
});

C('an invalid config is exit 2 naming the file and line', async () => {
  const repo = new TempRepo();
  try {
    repo.write({ '.sealgate.yaml': 'failOn: low\nrules:\n  disable: nope\n' });
    const r = await cli(['scan', '--format', 'json'], { cwd: repo.dir });
    assert.is(r.exitCode, 2);
    assert.match(r.stderr, /\.sealgate\.yaml:3: rules\.disable: expected a list of strings/);
  } finally {
    repo.remove();
  }
});

C('SEALGATE_CONFIG and --config name the config; a missing one is an error', async () => {
  const repo = new TempRepo();
  try {
    repo.write({ 'conf/x.yaml': 'failOn: [\n' });
    const viaEnv = await cli(['scan'], { cwd: repo.dir, env: { SEALGATE_CONFIG: 'conf/x.yaml' } });
    assert.is(viaEnv.exitCode, 2);
    assert.match(viaEnv.stderr, /x\.yaml:\d+: invalid YAML/);
    const missing = await cli(['scan', '--config', 'nope.yaml'], { cwd: repo.dir });
    assert.match(missing.stderr, /nope\.yaml: config file not found/);
  } finally {
    repo.remove();
  }
});

C('stdin is scanned under --stdin-name and reported as JSON', async () => {
  const r = await cli(['scan', '-', '--stdin-name', 'from/stdin.yaml', '--format', 'json'], { stdin: 'a: b\n' });
  assert.is(r.exitCode, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.is(report.version, 1);
  assert.is(report.summary.files, 1);
  assert.equal(Object.keys(report.summary.bySeverity), ['critical', 'high', 'medium', 'low', 'info']);
});

C('--quiet prints nothing for a clean scan', async () => {
  const r = await cli(['scan', '-', '--quiet'], { stdin: 'hello\n' });
  assert.is(r.exitCode, 0);
  assert.is(r.stdout, '');
});

C.run();
