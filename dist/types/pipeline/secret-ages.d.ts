import type { ValueChange } from '../scanners/index.js';
/** A file's sealed values by id, as they are now. */
export type ValueMap = ReadonlyMap<string, string>;
/**
 * When each sealed value last changed: for every file, the oldest commit of the newest unbroken run of
 * commits (walking back from HEAD) in which the value had its current text. A value that differs from
 * HEAD's, or a file Git does not track yet, is an uncommitted change dated `now`. Old versions are read
 * with `extract`, the same reader as the current text, so a re-indented file does not count as a change,
 * and only as far back as some value still matches.
 * @throws SealgateError('GIT') when git fails.
 */
export declare function valueChangeDates(root: string, current: ReadonlyMap<string, ValueMap>, extract: (path: string, text: string) => ValueMap, now: Date, opts: {
    maxFileSize: number;
    signal?: AbortSignal | undefined;
}): Promise<Map<string, Map<string, ValueChange>>>;
