// The repository scans itself, as gitleaks and secretlint do: only the demo may have findings.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { scan } from '../src/pipeline/scan.ts';

test('sealgate finds nothing in its own repository outside the demo, and the demo still shows its leaks', async () => {
  const root = new URL('..', import.meta.url).pathname;
  const report = await scan({ cwd: root, paths: ['.'] });
  const outside = report.findings.filter((f) => !f.file.startsWith('examples/demo/')).map((f) => `${f.file}:${f.line} ${f.ruleId}`);
  assert.equal(outside, []);
  assert.ok(report.findings.length >= 8, `the demo shows only ${report.findings.length} findings`);
  const parseNotes = report.notes.filter((n) => n.kind === 'parse' && !n.file.startsWith('examples/')).map((n) => `${n.file}:${n.line} ${n.message}`);
  assert.equal(parseNotes, [], 'a file of ours does not parse');
});

test.run();
