import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import micromatch from 'micromatch';
import type { Config } from '../config/config.ts';
import { SealgateError } from '../errors.ts';
import { parseBaseline } from '../findings/baseline.ts';
import type { Finding } from '../findings/finding.ts';
import { IGNORE_FILE, parseIgnoreFile } from '../findings/ignore-file.ts';

/** What a scan silences besides inline allows: `.sealgateignore` entries and a baseline. */
export interface Suppressions {
  /** True when the path is ignored (config `allow.paths` or an ignore-file glob): not scanned at all. */
  skipsPath(path: string): boolean;
  /** True when the finding's fingerprint is in the ignore file or the baseline. */
  silences(finding: Finding): boolean;
  /** The globs behind `skipsPath`, for scans that check paths elsewhere (history workers). */
  readonly skipGlobs: readonly string[];
}

/** `skipsPath` for a list of micromatch globs (dot files included). */
export function pathSkipper(globs: readonly string[]): (path: string) => boolean {
  const list = [...globs];
  return (path) => list.length > 0 && micromatch.isMatch(path, list, { dot: true });
}

export interface SuppressionOptions {
  /** Baseline file from the command line, relative to `cwd`; else the config's `baseline`, relative to the config file. */
  baseline?: string;
  /** Where `.sealgateignore` is looked for (the repository root, or the cwd outside one); `false`: not at all. */
  ignoreDir?: string | false;
  cwd: string;
}

/**
 * Loads the ignore file and the baseline for a scan.
 * @throws SealgateError(INPUT) when the baseline named does not exist or is not a baseline.
 */
export function loadSuppressions(config: Config, opts: SuppressionOptions): Suppressions {
  const paths = [...config.allow.paths];
  const fingerprints = new Set<string>();
  if (opts.ignoreDir !== false) {
    const file = join(opts.ignoreDir ?? opts.cwd, IGNORE_FILE);
    if (existsSync(file)) {
      const ignore = parseIgnoreFile(readFileSync(file, 'utf8'));
      paths.push(...ignore.paths);
      for (const f of ignore.fingerprints) fingerprints.add(f);
    }
  }
  const baselinePath =
    opts.baseline !== undefined
      ? resolve(opts.cwd, opts.baseline)
      : config.baseline !== undefined
        ? resolve(config.source ? dirname(config.source) : opts.cwd, config.baseline)
        : undefined;
  if (baselinePath !== undefined) {
    const shown = opts.baseline ?? config.baseline ?? baselinePath;
    if (!existsSync(baselinePath)) throw new SealgateError('INPUT', 'baseline file not found (create it with sealgate baseline)', shown);
    const parsed = parseBaseline(readFileSync(baselinePath, 'utf8'));
    if ('error' in parsed) throw new SealgateError('INPUT', `invalid baseline: ${parsed.error}`, shown);
    for (const e of parsed.entries) fingerprints.add(e.fingerprint);
  }
  return {
    skipsPath: pathSkipper(paths),
    silences: (finding) => fingerprints.has(finding.fingerprint),
    skipGlobs: paths,
  };
}
