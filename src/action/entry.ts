/** The bundle entry behind action.yml (dist/action.js): the process glue, nothing else. */
import { runAction } from './main.ts';

const result = await runAction(process.env, process.env['GITHUB_WORKSPACE'] ?? process.cwd());
process.stdout.write(result.stdout);
process.exitCode = result.exitCode;
