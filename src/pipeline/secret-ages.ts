import type { ValueChange } from '../scanners/index.ts';
import { BlobReader } from '../sources/blobs.ts';
import { fileVersions } from '../sources/git-history.ts';

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
export async function valueChangeDates(
  root: string,
  current: ReadonlyMap<string, ValueMap>,
  extract: (path: string, text: string) => ValueMap,
  now: Date,
  opts: { maxFileSize: number; signal?: AbortSignal | undefined },
): Promise<Map<string, Map<string, ValueChange>>> {
  const versions = await fileVersions(root, [...current.keys()], opts.signal);
  const blobs = new BlobReader({ cwd: root, maxSize: opts.maxFileSize, what: 'secret ages' });
  const out = new Map<string, Map<string, ValueChange>>();
  try {
    for (const [path, values] of current) {
      const dates = new Map<string, ValueChange>([...values.keys()].map((id) => [id, { date: now.toISOString() }]));
      let open = new Set(values.keys());
      for (const v of versions.get(path) ?? []) {
        if (open.size === 0 || v.blob === undefined) break;
        const text = await blobs.readText(v.blob);
        const old = text === undefined ? new Map<string, string>() : extract(path, text);
        const still = new Set<string>();
        for (const id of open) {
          if (old.get(id) !== values.get(id)) continue;
          dates.set(id, { date: v.date, commit: v.commit });
          still.add(id);
        }
        open = still;
      }
      out.set(path, dates);
    }
  } finally {
    await blobs.close();
  }
  return out;
}
