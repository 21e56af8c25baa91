import type { ValueChange } from '../scanners/index.ts';
import { fileVersions, readBlobs } from '../sources/git-history.ts';

/** A file's sealed values by id, as they are now. */
export type ValueMap = ReadonlyMap<string, string>;

/**
 * When each sealed value last changed: for every file, the oldest commit of the newest unbroken run of
 * commits (walking back from HEAD) in which the value had its current text. A value that differs from
 * HEAD's, or a file Git does not track yet, is an uncommitted change dated `now`. Old versions are read
 * with `extract`, the same reader as the current text, so a re-indented file does not count as a change.
 * @throws SealgateError('GIT') when git fails.
 */
export async function valueChangeDates(
  root: string,
  current: ReadonlyMap<string, ValueMap>,
  extract: (path: string, text: string) => ValueMap,
  now: Date,
  signal?: AbortSignal,
): Promise<Map<string, Map<string, ValueChange>>> {
  const versions = await fileVersions(root, [...current.keys()], signal);
  const blobs = await readBlobs(root, [...versions.values()].flatMap((vs) => vs.flatMap((v) => (v.blob ? [v.blob] : []))), signal);
  const out = new Map<string, Map<string, ValueChange>>();
  for (const [path, values] of current) {
    const history = versions.get(path) ?? [];
    const parsed = new Map<string, ValueMap>();
    const valuesAt = (blob: string): ValueMap => {
      let m = parsed.get(blob);
      if (m === undefined) {
        const text = blobs.get(blob);
        m = text === undefined ? new Map() : extract(path, text);
        parsed.set(blob, m);
      }
      return m;
    };
    const dates = new Map<string, ValueChange>();
    for (const [id, value] of values) {
      let change: ValueChange = { date: now.toISOString() };
      for (const v of history) {
        if (v.blob === undefined || valuesAt(v.blob).get(id) !== value) break;
        change = { date: v.date, commit: v.commit };
      }
      dates.set(id, change);
    }
    out.set(path, dates);
  }
  return out;
}
