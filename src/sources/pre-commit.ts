import { relative, resolve, sep } from 'node:path';
import { workingTreeSource } from './files.ts';
import type { SourceOptions } from './index.ts';
import { findRepoRoot } from './repo.ts';
import type { SkipNote, Source } from './source.ts';
import { stagedSource } from './staged.ts';

/**
 * The staged changes of the named files, and the named files that have no staged change scanned whole.
 * This is what a pre-commit framework hook needs: on `git commit` every file it passes is staged (only
 * added lines count); on `pre-commit run --files F` / `--all-files` nothing is staged, and the files the
 * user asked about are checked entirely rather than passing unexamined.
 */
export function stagedFilesSource(paths: readonly string[], opts: SourceOptions): Source {
  const root = findRepoRoot(opts.cwd) ?? resolve(opts.cwd);
  const toRepo = (p: string) => relative(root, resolve(opts.cwd, p)).split(sep).join('/');
  const staged = stagedSource(opts, paths);
  const notes: SkipNote[] = [];
  return {
    notes,
    async *targets(signal) {
      const seen = new Set<string>();
      for await (const t of staged.targets(signal)) {
        seen.add(t.path);
        yield t;
      }
      notes.push(...staged.notes);
      for (const n of staged.notes) seen.add(n.path);
      const rest = paths.filter((p) => !seen.has(toRepo(p)));
      if (rest.length === 0) return;
      const whole = workingTreeSource(rest, opts);
      yield* whole.targets(signal);
      notes.push(...whole.notes);
    },
    readFile: (path, commit) => staged.readFile(path, commit),
  };
}
