// Child process of fix-kill.test.ts: runs `sealgate fix` on the directory given, to be killed at random.
import { run } from '../../src/cli/main.ts';

const dir = process.argv[2] as string;
const r = await run(['fix'], { cwd: dir, env: {}, stdoutIsTTY: false, stderrIsTTY: false, readStdin: async () => '' });
process.exitCode = r.exitCode;
