import type { CliIO } from './io.ts';

/** The real process as a CliIO (used by bin/sealgate.js only). */
export function processIO(): CliIO {
  const stderr = process.stderr;
  return {
    cwd: process.cwd(),
    ...(process.argv[1] ? { binPath: process.argv[1] } : {}),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(stderr.isTTY),
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    progress(line: string) {
      if (stderr.isTTY) stderr.write(`\r\x1b[K${line}`);
    },
  };
}
