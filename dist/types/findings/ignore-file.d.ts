/**
 * `.sealgateignore` at the repository root: one entry per line, `#` starts a comment. An entry is a
 * finding fingerprint (24 hex characters, as in reports) or a path glob (micromatch syntax, matched
 * against repo-relative paths) whose files are not scanned.
 */
export interface IgnoreFile {
    fingerprints: Set<string>;
    paths: string[];
}
export declare const IGNORE_FILE = ".sealgateignore";
export declare function parseIgnoreFile(text: string): IgnoreFile;
