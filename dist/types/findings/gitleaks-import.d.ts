/**
 * Reading what gitleaks users already suppress: a gitleaks JSON report (`--report-format json`, usable as
 * a gitleaks baseline) or a `.gitleaksignore`. Both are positional (file and line, plus commit in git
 * mode), so an import can only say *where* accepted findings were; the caller turns that into sealgate's
 * line-independent entries by scanning those places now.
 */
export interface GitleaksPlace {
    file: string;
    line: number;
    endLine: number;
    rule: string;
    /** The secret when the report was written without `--redact`. */
    secret?: string;
    commit?: string;
}
/** @returns the places, or an error message that never quotes the text. */
export declare function parseGitleaksSuppressions(text: string): {
    places: GitleaksPlace[];
} | {
    error: string;
};
