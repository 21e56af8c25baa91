/**
 * Maps `items` through `fn` with up to `window` calls in flight, yielding results in input order. Keeps
 * `git cat-file` or the disk busy on the next files while scanners work on the current one.
 */
export declare function mapInOrder<T, R>(items: AsyncIterable<T> | Iterable<T>, fn: (item: T) => Promise<R>, window?: number): AsyncGenerator<R>;
