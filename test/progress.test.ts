import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { filesProgressLine } from '../src/cli/scan.ts';
import { cli } from './helpers/cli.ts';

test('file progress waits half a second, then draws at most every 100 ms', () => {
  let t = 0;
  const lines: string[] = [];
  const onProgress = filesProgressLine((l) => lines.push(l), () => t);
  for (let files = 1; files <= 100; files++) {
    t = files * 10; // 10 ms per file: 1 s in all
    onProgress({ phase: 'files', files });
  }
  assert.ok(lines.length >= 4 && lines.length <= 6, lines.join(' | '));
  assert.is(lines[0], 'scanning: 50 files');
  t += 200;
  onProgress({ phase: 'context', files: 1234 });
  assert.is(lines.at(-1), 'reading for context: 1,234 files');
});

test('a quick scan on a terminal draws no progress at all', async () => {
  const drawn: string[] = [];
  const r = await cli(['scan', '-'], { stdin: 'hello\n' });
  assert.is(r.exitCode, 0);
  const { run } = await import('../src/cli/main.ts');
  const tty = await run(['scan', '-'], { cwd: process.cwd(), env: {}, stdoutIsTTY: false, stderrIsTTY: true, readStdin: async () => 'a: 1\n', progress: (l) => drawn.push(l) });
  assert.is(tty.exitCode, 0);
  assert.equal(drawn, []);
});

test.run();
