/**
 * The namespace Kustomize puts a manifest in when the manifest names none: the `namespace:` of the
 * outermost kustomization on each chain of `resources`/`bases`/`components` that includes its file
 * (kustomize's namespace transformer runs at every level, so the outermost one wins). `sealgate fix` seals a
 * Secret without `metadata.namespace` for that namespace only when every chain agrees on one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { isKustomizationPath, KUSTOMIZATION_FILES } from '../kustomize-names.ts';
import { runGit } from '../sources/git.ts';

export type KustomizeNamespace =
  /** No kustomization that includes the file sets a namespace (or none includes it). */
  | { kind: 'none' }
  /** Every chain gives the same namespace; `from` is the (base-relative) kustomization that sets it. */
  | { kind: 'one'; namespace: string; from: string }
  /** The chains disagree; `(none)` stands for a chain that sets no namespace. */
  | { kind: 'several'; namespaces: string[] };

interface Kustomization {
  dir: string;
  file: string;
  namespace?: string;
}

const SKIP_DIRS = new Set(['.git', 'node_modules']);
const MAX_WALK = 200_000;

/** Resolves namespaces for files under `baseDir`; the kustomizations are read once, on first use. */
export class KustomizeNamespaces {
  private includedBy: Promise<Map<string, Kustomization[]>> | undefined;
  private readonly baseDir: string;
  private readonly inRepo: boolean;

  /** `baseDir`: the repository root (`inRepo`: list its files with git) or the directory being fixed. */
  constructor(baseDir: string, inRepo: boolean) {
    this.baseDir = baseDir;
    this.inRepo = inRepo;
  }

  /** The namespace kustomize gives `absFile`. */
  async of(absFile: string): Promise<KustomizeNamespace> {
    const graph = await (this.includedBy ??= this.load());
    const found = new Map<string, string>(); // namespace → the kustomization that set it
    // unit (a file or a kustomization's directory) → the namespaces the chains above it give ('' for none).
    // Memoised, so shared bases are walked once; a unit met again while being walked (a cycle) counts as a top.
    const memo = new Map<string, Set<string>>();
    const walk = (unit: string): Set<string> => {
      const known = memo.get(unit);
      if (known) return known;
      memo.set(unit, new Set(['']));
      const parents = graph.get(unit) ?? [];
      const out = new Set<string>(parents.length === 0 ? [''] : []);
      for (const k of parents) {
        for (const above of walk(k.dir)) {
          const ns = above || k.namespace || '';
          if (ns !== '' && above === '' && !found.has(ns)) found.set(ns, k.file);
          out.add(ns);
        }
      }
      memo.set(unit, out);
      return out;
    };
    const all = [...walk(resolve(absFile))];
    const [only] = all;
    if (all.length === 1 && only === '') return { kind: 'none' };
    if (all.length === 1 && only !== undefined) return { kind: 'one', namespace: only, from: relative(this.baseDir, found.get(only) ?? '') || '.' };
    return { kind: 'several', namespaces: all.map((n) => n || '(none)').sort() };
  }

  private async load(): Promise<Map<string, Kustomization[]>> {
    const includedBy = new Map<string, Kustomization[]>();
    for (const file of await this.kustomizationFiles()) {
      let doc: unknown;
      try {
        doc = parse(readFileSync(file, 'utf8'), { logLevel: 'silent', maxAliasCount: 100 });
      } catch {
        continue; // not readable or not YAML: it includes nothing kustomize could build either
      }
      if (typeof doc !== 'object' || doc === null) continue;
      const fields = doc as Record<string, unknown>;
      const k: Kustomization = { dir: dirname(file), file };
      if (typeof fields['namespace'] === 'string' && fields['namespace'] !== '') k.namespace = fields['namespace'];
      for (const list of ['resources', 'bases', 'components']) {
        const entries = fields[list];
        if (!Array.isArray(entries)) continue;
        for (const e of entries) {
          if (typeof e !== 'string' || /^[a-z][\w+.-]*:\/\/|^(git@|github\.com\/)|\?ref=/i.test(e)) continue; // remote bases
          const target = resolve(k.dir, e);
          includedBy.set(target, [...(includedBy.get(target) ?? []), k]);
        }
      }
    }
    return includedBy;
  }

  private async kustomizationFiles(): Promise<string[]> {
    if (this.inRepo) {
      // sealgate runs git with literal pathspecs (no glob magic): list everything and pick by name.
      const out = await runGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: this.baseDir, what: 'kustomizations' });
      return out
        .split('\0')
        .filter(isKustomizationPath)
        .map((p) => join(this.baseDir, p));
    }
    const files: string[] = [];
    const stack = [this.baseDir];
    let seen = 0;
    while (stack.length > 0 && seen < MAX_WALK) {
      const dir = stack.pop() as string;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        seen++;
        if (e.isDirectory() && !SKIP_DIRS.has(e.name)) stack.push(dir + sep + e.name);
        else if (e.isFile() && KUSTOMIZATION_FILES.includes(e.name)) files.push(dir + sep + e.name);
      }
    }
    return files;
  }
}
