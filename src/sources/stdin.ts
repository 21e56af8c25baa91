import type { SourceOptions } from './index.ts';
import type { Source, SkipNote } from './source.ts';

/** One file's text read from stdin, scanned whole under the name `name` (default `-`). */
export function stdinSource(text: string, name: string, _opts: SourceOptions): Source {
  const notes: SkipNote[] = [];
  return {
    notes,
    async *targets() {
      yield { path: name, content: text, added: 'all' as const };
    },
    async readFile() {
      return undefined;
    },
  };
}
