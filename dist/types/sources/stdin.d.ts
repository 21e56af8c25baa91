import type { SourceOptions } from './index.js';
import type { Source } from './source.js';
/** One file's text read from stdin, scanned whole under the name `name` (default `-`). */
export declare function stdinSource(text: string, name: string, _opts: SourceOptions): Source;
