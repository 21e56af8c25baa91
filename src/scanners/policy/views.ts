/**
 * Small readers of the `YNode` tree used by the policy checks. They mirror the names of the shared views
 * being added in parse/nodes.ts and parse/manifest.ts, to be replaced by them when those land.
 */
import type { ManifestDoc, YMap, YMapEntry, YNode } from '../../parse/types.ts';

export function isMapNode(n: YNode | undefined): n is YMap {
  return n?.kind === 'map';
}

/** The entry for `key` in a map (the last one wins, as in kubectl), or undefined. */
export function entry(n: YNode | undefined, key: string): YMapEntry | undefined {
  if (n?.kind !== 'map') return undefined;
  for (let i = n.entries.length - 1; i >= 0; i--) {
    const e = n.entries[i] as YMapEntry;
    if (e.key === key) return e;
  }
  return undefined;
}

/** The value at `path` (map keys), or undefined. */
export function at(n: YNode | undefined, ...path: string[]): YNode | undefined {
  let cur = n;
  for (const k of path) {
    cur = entry(cur, k)?.value;
    if (cur === undefined) return undefined;
  }
  return cur;
}

/** The text of a scalar at `path`; undefined when absent or not a scalar; '' for null. */
export function textAt(n: YNode | undefined, ...path: string[]): string | undefined {
  const v = at(n, ...path);
  if (v?.kind !== 'scalar') return undefined;
  return v.value === null ? '' : String(v.value);
}

export function entriesOf(n: YNode | undefined): YMapEntry[] {
  return n?.kind === 'map' ? n.entries : [];
}

export function itemsOf(n: YNode | undefined): YNode[] {
  return n?.kind === 'seq' ? n.items : [];
}

/** A map of string scalars (labels, annotations) as a plain record. */
export function stringMap(n: YNode | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of entriesOf(n)) if (e.value.kind === 'scalar') out[e.key] = e.value.value === null ? '' : String(e.value.value);
  return out;
}

/** Every pod spec of a manifest: any map under `spec` holding a `containers` list, to a bounded depth. */
export function podSpecs(doc: ManifestDoc): { spec: YMap; path: readonly string[] }[] {
  const out: { spec: YMap; path: readonly string[] }[] = [];
  const spec = at(doc.root, 'spec');
  if (!isMapNode(spec) || textAt(doc.root, 'kind') === undefined) return out;
  const visit = (n: YMap, path: string[], depth: number) => {
    if (entry(n, 'containers')?.value.kind === 'seq') out.push({ spec: n, path: [...path] });
    if (depth >= 8) return;
    for (const e of n.entries) {
      if (e.key === 'containers' || e.key === 'initContainers' || e.key === 'ephemeralContainers') continue;
      if (e.value.kind === 'map') visit(e.value, [...path, e.key], depth + 1);
    }
  };
  visit(spec, ['spec'], 0);
  return out;
}

/** The containers, init containers and ephemeral containers of a pod spec. */
export function containersOf(spec: YMap): { name?: string; node: YMap }[] {
  const out: { name?: string; node: YMap }[] = [];
  for (const group of ['containers', 'initContainers', 'ephemeralContainers']) {
    for (const c of itemsOf(at(spec, group))) {
      if (!isMapNode(c)) continue;
      const name = textAt(c, 'name');
      out.push(name === undefined ? { node: c } : { name, node: c });
    }
  }
  return out;
}
