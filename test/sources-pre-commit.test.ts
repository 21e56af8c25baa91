import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { scan } from '../src/pipeline/scan.ts';
import { TempRepo } from './helpers/repo.ts';

const P = suite('scan --staged PATH… (pre-commit framework)');

const secret = (name: string, value: string) => `apiVersion: v1
kind: Secret
metadata:
  name: ${name}
  namespace: apps
stringData:
  password: ${value}
`;

P('only the named files, and only what they add when staged', async () => {
  const repo = new TempRepo();
  try {
    repo.commit('old', { 'a.yaml': secret('old', 'Old-Pa55word-old') });
    repo.write({ 'a.yaml': `${secret('old', 'Old-Pa55word-old')}---\n${secret('new', 'N3w-Pa55word-new')}`, 'b.yaml': secret('b', 'Bee-Pa55word-bee') });
    repo.git('add', '-A');
    const onlyA = await scan({ cwd: repo.dir, staged: true, paths: ['a.yaml'], config: undefined });
    assert.equal(onlyA.findings.map((f) => `${f.file} ${f.kubernetes?.name}`), ['a.yaml new']);
    const both = await scan({ cwd: repo.dir, staged: true, paths: ['a.yaml', 'b.yaml'] });
    assert.equal(both.findings.map((f) => `${f.file} ${f.kubernetes?.name}`), ['a.yaml new', 'b.yaml b']);
  } finally {
    repo.remove();
  }
});

P('named files with nothing staged are scanned whole (pre-commit run --all-files)', async () => {
  const repo = new TempRepo();
  try {
    repo.commit('old', { 'a.yaml': secret('old', 'Old-Pa55word-old'), 'c.txt': 'clean\n' });
    const r = await scan({ cwd: repo.dir, staged: true, paths: ['a.yaml', 'c.txt'] });
    assert.equal(r.findings.map((f) => `${f.file} ${f.kubernetes?.name}`), ['a.yaml old']);
    assert.is(r.summary.files, 2);
  } finally {
    repo.remove();
  }
});

P('a file name with glob characters is taken literally', async () => {
  const repo = new TempRepo();
  try {
    repo.commit('base', { 'x.yaml': 'a: 1\n' });
    repo.write({ '*.yaml': secret('star', 'St4r-Pa55word-star'), 'y.yaml': secret('y', 'Why-Pa55word-why') });
    repo.git('add', '-A');
    const r = await scan({ cwd: repo.dir, staged: true, paths: ['*.yaml'] });
    assert.equal(r.findings.map((f) => f.file), ['*.yaml']);
  } finally {
    repo.remove();
  }
});

P.run();
