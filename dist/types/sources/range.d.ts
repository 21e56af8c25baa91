import type { SourceOptions } from './index.js';
import type { Source } from './source.js';
/** The commits of BASE..HEAD, or the net change of BASE...HEAD. */
export declare function rangeSource(_range: string, _opts: SourceOptions): Source;
