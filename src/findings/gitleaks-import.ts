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
export function parseGitleaksSuppressions(text: string): { places: GitleaksPlace[] } | { error: string } {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) return fromReport(trimmed);
  const places: GitleaksPlace[] = [];
  let n = 0;
  for (const raw of text.split(/\r?\n/)) {
    n++;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const parts = line.split(':');
    const at = Number(parts.pop());
    const rule = parts.pop();
    if (!Number.isInteger(at) || at < 1 || rule === undefined || parts.length === 0) {
      return { error: `line ${n}: expected file:rule-id:line or commit:file:rule-id:line` };
    }
    const commit = parts.length > 1 && /^[0-9a-f]{7,64}$/.test(parts[0] as string) ? parts.shift() : undefined;
    places.push({ file: normalise(parts.join(':')), line: at, endLine: at, rule, ...(commit ? { commit } : {}) });
  }
  return { places };
}

function fromReport(text: string): { places: GitleaksPlace[] } | { error: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (!Array.isArray(doc)) return { error: 'expected a JSON array of gitleaks findings' };
  const places: GitleaksPlace[] = [];
  for (const item of doc) {
    const f = item as Record<string, unknown>;
    if (typeof f['File'] !== 'string' || typeof f['StartLine'] !== 'number') return { error: 'a finding has no File or StartLine' };
    const secret = typeof f['Secret'] === 'string' && f['Secret'] !== '' && f['Secret'] !== 'REDACTED' ? f['Secret'] : undefined;
    const commit = typeof f['Commit'] === 'string' && f['Commit'] !== '' ? f['Commit'] : undefined;
    places.push({
      file: normalise(f['File']),
      line: f['StartLine'],
      endLine: typeof f['EndLine'] === 'number' ? f['EndLine'] : f['StartLine'],
      rule: typeof f['RuleID'] === 'string' ? f['RuleID'] : '',
      ...(secret !== undefined ? { secret } : {}),
      ...(commit !== undefined ? { commit } : {}),
    });
  }
  return { places };
}

function normalise(file: string): string {
  return file.split('\\').join('/').replace(/^\.\//, '');
}
