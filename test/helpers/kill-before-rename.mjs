// Preloaded into a sealgate process by the kill tests (node --import): SIGKILLs the process at the worst
// moment of an atomic write, when the temp file is complete and the rename has not happened.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const rename = fs.renameSync;
fs.renameSync = (from, to) => {
  if (String(from).endsWith('.tmp')) process.kill(process.pid, 'SIGKILL');
  return rename(from, to);
};
syncBuiltinESMExports();
