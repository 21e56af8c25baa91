#!/usr/bin/env node
// sealgate — keep Kubernetes secrets out of Git in plaintext.
// Exit codes: 0 nothing at or above --fail-on; 1 findings; 2 usage, input or internal error.
import module from 'node:module';

// Node >= 22.1 keeps V8's compiled code between runs (in the OS temp dir), which a pre-commit hook that
// starts on every commit feels most; on older Node this is absent and nothing changes.
module.enableCompileCache?.();
const { processIO, run } = await import('../dist/cli.js');

const io = processIO();
try {
  const result = await run(process.argv.slice(2), io);
  if (io.stderrIsTTY) process.stderr.write('\r\x1b[K');
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
} catch (e) {
  // run() never throws; this is the last guard so a hook still fails closed.
  process.stderr.write(`sealgate: internal error (${e?.name ?? 'Error'})\n`);
  process.exitCode = 2;
}
