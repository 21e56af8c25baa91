import type { SourceOptions } from './index.js';
import type { Source } from './source.js';
/** What `git commit` would record: index blobs and the lines they add. */
export declare function stagedSource(_opts: SourceOptions): Source;
