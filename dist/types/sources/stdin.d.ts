import type { SourceOptions } from './index.js';
import type { Source } from './source.js';
/**
 * One file's text read from stdin, scanned whole under the name `name` (default `-`). Text over the size
 * limit or with a NUL in its first 8000 characters is noted and not scanned, as a file would be.
 */
export declare function stdinSource(text: string, name: string, opts: SourceOptions): Source;
/**
 * A unified diff read from stdin (`git diff | sealgate scan - --diff`, also `git log -p` and `git show`,
 * whose commit headers become the targets' commit info). Each changed file becomes a target rebuilt from
 * the diff alone: the new-side lines the diff shows (its added lines, plus context lines when the diff has
 * any) at their line numbers, and blank lines everywhere else; its added lines are the diff's.
 *
 * Limitation: the rest of the file is unknown, so a manifest detector sees only fragments. A `Secret`
 * whose `kind:` line is neither added nor in the context is not recognised as one; credential patterns on
 * added lines are still found. For full context scan `--staged` or `--range` in the repository instead,
 * or produce the diff with more context (`git diff -U1000`). `readFile` knows no other files.
 * @throws SealgateError('INPUT') when non-empty stdin holds no diff at all.
 */
export declare function stdinDiffSource(text: string, opts: SourceOptions): Source;
