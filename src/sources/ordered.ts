/**
 * Maps `items` through `fn` with up to `window` calls in flight, yielding results in input order. Keeps
 * `git cat-file` or the disk busy on the next files while scanners work on the current one.
 */
export async function* mapInOrder<T, R>(items: AsyncIterable<T> | Iterable<T>, fn: (item: T) => Promise<R>, window = 8): AsyncGenerator<R> {
  const inflight: Promise<R>[] = [];
  for await (const item of items) {
    const p = fn(item);
    p.catch(() => undefined); // rejections surface when awaited below, not as unhandled
    inflight.push(p);
    if (inflight.length >= window) yield await (inflight.shift() as Promise<R>);
  }
  while (inflight.length > 0) yield await (inflight.shift() as Promise<R>);
}
