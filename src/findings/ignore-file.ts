/**
 * `.sealgateignore` at the repository root: one entry per line, `#` starts a comment. An entry is a
 * finding fingerprint (24 hex characters, as in reports) or a path glob (micromatch syntax, matched
 * against repo-relative paths) whose files are not scanned.
 */
export interface IgnoreFile {
  fingerprints: Set<string>;
  paths: string[];
}

export const IGNORE_FILE = '.sealgateignore';

export function parseIgnoreFile(text: string): IgnoreFile {
  const out: IgnoreFile = { fingerprints: new Set(), paths: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(?:^|\s)#.*$/, '').trim();
    if (line === '') continue;
    if (/^[0-9a-f]{24}$/.test(line)) out.fingerprints.add(line);
    else out.paths.push(line.replace(/^\.\//, '').replace(/\/$/, '/**'));
  }
  return out;
}
