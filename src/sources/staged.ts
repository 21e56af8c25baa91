import { SealgateError } from '../errors.ts';
import type { SourceOptions } from './index.ts';
import type { Source } from './source.ts';

/** What `git commit` would record: index blobs and the lines they add. */
export function stagedSource(_opts: SourceOptions): Source {
  throw new SealgateError('USAGE', '--staged is being built');
}
