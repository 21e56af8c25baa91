import type { ScanTarget } from '../target.js';
/** Something a source did not scan, or scanned only in part, and why: reported, never silent. */
export interface SkipNote {
    path: string;
    reason: 'binary' | 'too-large' | 'unreadable' | 'not-utf8' | 'symlink' | 'submodule' | 'vanished';
    detail?: string;
}
/**
 * A source of scan targets. `targets()` yields each target once; `notes` fills as it goes.
 * `readFile` gives scanners the text of a related file at the same version as the targets (the working
 * tree, the index, or a commit), e.g. the env file a kustomization names; `undefined` when absent.
 */
export interface Source {
    targets(signal?: AbortSignal): AsyncIterable<ScanTarget>;
    readonly notes: SkipNote[];
    readFile(path: string, commit?: string): Promise<string | undefined>;
}
