#!/usr/bin/env node
// sealgate — keep Kubernetes secrets out of Git in plaintext.
// Exit codes: 0 nothing at or above --fail-on; 1 findings; 2 usage, input or internal error.
import { processIO, run } from '../dist/cli.js';

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
