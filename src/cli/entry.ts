/** The bundle entry behind bin/sealgate.js. */
export { run } from './main.ts';
export { processIO } from './process-io.ts';
