import { SealgateError } from '../errors.ts';
import type { SourceOptions } from './index.ts';
import type { Source } from './source.ts';

/** The commits of BASE..HEAD, or the net change of BASE...HEAD. */
export function rangeSource(_range: string, _opts: SourceOptions): Source {
  throw new SealgateError('USAGE', '--range is being built');
}
