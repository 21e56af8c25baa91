import { type DiffCommit } from './diff.js';
import type { SourceOptions } from './index.js';
import type { Source } from './source.js';
/**
 * `BASE..HEAD`: every commit in the range, oldest first, each with its commit info: the whole text of
 * each file at that commit and the lines that commit adds. A secret added in one commit and deleted in a
 * later one is still reported, at the commit that added it: it is in the history either way.
 *
 * Merge commits: all commits of the range are walked (not only `--first-parent`, which would skip the
 * commits of a branch merged into the range), and a merge contributes only what it adds itself: its
 * dense combined diff (`--cc`) keeps the lines that differ from every parent, such as a conflict
 * resolution. Lines that came from a parent were already scanned in the commit that made them, so a
 * clean merge adds nothing and nothing is reported twice. (gitleaks-action passes `--no-merges
 * --first-parent`, which misses both a side branch's own commits and an "evil" merge.)
 *
 * `BASE...HEAD`: the net change from the merge base to HEAD, like a pull request's diff on GitHub; the
 * targets carry HEAD's commit info.
 *
 * Two git processes: `git log -p` (or `git diff`) parsed as it streams, and one `git cat-file --batch`.
 * @throws SealgateError('USAGE') for a malformed range (at once); SealgateError('GIT') for an unknown
 * revision, a missing repository or git, or a shallow clone without the base (while iterating).
 */
export declare function rangeSource(range: string, opts: SourceOptions): Source;
/**
 * `A..B` / `A...B`; an empty side means HEAD, as in git.
 * @throws SealgateError('USAGE') for anything else.
 */
export declare function parseRange(range: string): {
    base: string;
    head: string;
    net: boolean;
};
/** Author, author date (ISO 8601 with the author's offset, like `%aI`) and subject of a raw commit object. */
export declare function parseCommitObject(sha: string, text: string): DiffCommit;
