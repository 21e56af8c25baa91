import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as assert from 'uvu/assert';

/**
 * Compares `actual` with the golden file (line endings normalised). A missing golden fails; with
 * UPDATE_GOLDEN=1 the file is (re)written and the test still fails, so an update is always a decision.
 */
export function assertGolden(actual: string, path: URL): void {
  const norm = (s: string) => s.replace(/\r\n/g, '\n');
  if (process.env['UPDATE_GOLDEN'] === '1') {
    writeFileSync(path, norm(actual));
    assert.unreachable(`golden file written: ${path.pathname} (run again without UPDATE_GOLDEN)`);
  }
  assert.ok(existsSync(path), `golden file missing: ${path.pathname} (create it with UPDATE_GOLDEN=1)`);
  assert.fixture(norm(actual), norm(readFileSync(path, 'utf8')));
}
