/**
 * One unit of `git log -p` (whole commits, see sources/history.ts) → findings, each tagged with the
 * position of its commit in the log. Runs inside a history worker; pure apart from the blob and file
 * reads it is handed, so it is also tested without threads.
 */
import type { Finding } from '../findings/finding.ts';
import type { Note } from '../findings/report.ts';
import { isManifestCandidate, mayHoldManifests } from '../parse/file.ts';
import type { SkipNote } from '../sources/index.ts';
import type { BlobRead } from '../sources/blobs.ts';
import { DiffParser, type FileChange } from '../sources/diff.ts';
import type { LogUnit } from '../sources/history.ts';
import { mapInOrder } from '../sources/ordered.ts';
import { rebuildFromDiff, type DiffOutcome } from '../sources/rebuild.ts';
import { commitInfo } from '../sources/changes.ts';
import type { ScanTarget } from '../target.ts';
import { scanTarget, type TargetScanContext } from './scan-target.ts';

export interface UnitDeps {
  ctx: TargetScanContext;
  /** For a manifest file scanned from its diff alone: the scanners that need no document (credentials). */
  diffCtx: TargetScanContext;
  maxFileSize: number;
  skipsPath(path: string): boolean;
  /** Reads an object through the scan's one `git cat-file --batch`. */
  blob(name: string): Promise<BlobRead>;
  /** A file at a commit, for scanners that follow references (kustomize env files). */
  readFile(path: string, sha: string): Promise<string | undefined>;
}

/** A finding, the position of its commit in the log (oldest first) and its secret's key (see TargetResult.keys). */
export interface SeqFinding {
  seq: number;
  key: string;
  finding: Finding;
}

export interface UnitResult {
  findings: SeqFinding[];
  /** Parse diagnostics of the files scanned. */
  notes: Note[];
  /** Files not scanned, and why. */
  skips: SkipNote[];
  files: number;
  bytes: number;
  suppressed: number;
}

interface Planned {
  change: FileChange;
  seq: number;
  outcome: Outcome;
}

/** A target, a note or nothing; `partial`: the diff's text of a manifest file, for the credential rules only. */
type Outcome = DiffOutcome | { target: ScanTarget; partial: true };

/** The context for a manifest file scanned from its diff alone: the credential rules, which need no document. */
export function diffContext(ctx: TargetScanContext): TargetScanContext {
  return { ...ctx, scanners: ctx.scanners.filter((s) => s.id === 'credentials') };
}

/** Blob reads in flight per unit: keeps `cat-file` busy without holding many whole files at once. */
const READ_AHEAD = 16;

/**
 * Parses the unit's diffs and scans each changed file, as it was at its commit, for what that commit added.
 * @throws SealgateError(INPUT) when a scanner breaks on a file (fail closed).
 */
export async function scanUnit(unit: LogUnit, deps: UnitDeps): Promise<UnitResult> {
  const result: UnitResult = { findings: [], notes: [], skips: [], files: 0, bytes: 0, suppressed: 0 };
  const changes = parseUnit(unit);
  const last = changes[changes.length - 1];
  const plan = async ({ change, seq }: { change: FileChange; seq: number }): Promise<Planned> => {
    if (unit.cut && change === last?.change) return { change, seq, outcome: cutNote(change) };
    return { change, seq, outcome: await outcomeOf(change, deps) };
  };
  for await (const { change, seq, outcome } of mapInOrder(changes, plan, READ_AHEAD)) {
    if (outcome === undefined) continue;
    if ('note' in outcome) {
      const where = change.commit ? `at ${change.commit.sha.slice(0, 12)}` : '';
      const detail = [outcome.note.detail, where].filter(Boolean).join(', ');
      result.skips.push(detail ? { ...outcome.note, detail } : outcome.note);
      continue;
    }
    const target = outcome.target;
    result.files++;
    result.bytes += Buffer.byteLength(target.content);
    const sha = change.commit?.sha ?? 'HEAD';
    const partial = 'partial' in outcome;
    const r = await scanTarget(target, (p) => deps.readFile(p, sha), partial ? deps.diffCtx : deps.ctx);
    r.findings.forEach((finding, i) => result.findings.push({ seq, key: r.keys[i] ?? finding.fingerprint, finding }));
    // A manifest's diff alone is no document: its parse problems are not the file's.
    if (!partial) result.notes.push(...r.notes);
    result.suppressed += r.suppressed;
  }
  return result;
}

/** The file changes of a unit, each with the position of its commit (NUL-marked headers, counted from `firstSeq`). */
export function parseUnit(unit: LogUnit): { change: FileChange; seq: number }[] {
  const text = Buffer.from(unit.bytes.buffer, unit.bytes.byteOffset, unit.bytes.byteLength).toString('utf8');
  const parser = new DiffParser({ keepText: true });
  const seqOf = new Map<string, number>();
  const out: { change: FileChange; seq: number }[] = [];
  const add = (c: FileChange | undefined) => {
    if (c) out.push({ change: c, seq: (c.commit && seqOf.get(c.commit.sha)) ?? unit.firstSeq });
  };
  let seq = unit.firstSeq - 1;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.charCodeAt(0) === 0) {
      line = line.slice(1);
      if (line.startsWith('commit ')) seqOf.set(line.slice(7).split(' ')[0] as string, ++seq);
    }
    add(parser.push(line));
  }
  add(parser.end());
  return out;
}

/**
 * Which text stands for a changed file. The diff (added lines, one line of context) is enough for
 * credentials, which sit on the lines that add them; it is the whole file when the commit creates it.
 * A manifest detector needs more: the document around an added line (its `kind`, the keys above a value,
 * the container an env entry belongs to), which a modified file's diff does not show. So the whole blob
 * is read — through the scan's one `git cat-file --batch` — when the commit modifies a file whose name
 * may hold manifests (`.yaml`, `.yml`, `.json`, templates and extension-less names; see
 * `mayHoldManifests`), and used when its text turns out to be a manifest candidate (a `.json` file
 * without `apiVersion`/`kind` is not, and keeps the diff's text). A change git calls binary is read too:
 * a `-diff` attribute can make git hide a text file, which is then scanned whole.
 *
 * Parsing a whole manifest at every commit that touches it is most of a history scan's cost, so it is
 * done only where a manifest detector could report something the commit added (see `needsDocument`);
 * otherwise the diff's text is scanned by the credential rules, as for any other file.
 */
async function outcomeOf(c: FileChange, deps: UnitDeps): Promise<Outcome> {
  const path = c.newPath;
  if (c.status === 'deleted' || path === undefined || deps.skipsPath(path)) return undefined;
  const fromDiff = () => rebuildFromDiff(c, deps.maxFileSize);
  if (c.newMode === '120000' || c.newMode === '160000') return fromDiff();
  const whole = c.binary || (c.added.length > 0 && c.status !== 'added' && mayHoldManifests(path));
  if (!whole) {
    const diff = fromDiff();
    // A new manifest is all in its diff; it is still parsed only where a manifest detector could report.
    if (diff && 'target' in diff && c.status === 'added' && isManifestCandidate(path, diff.target.content) && !mayReport(path, diff.target.content)) {
      return { target: diff.target, partial: true };
    }
    return diff;
  }
  const read = await deps.blob(c.newBlob ?? `${c.commit?.sha ?? 'HEAD'}:${path}`);
  const commit = c.commit ? { commit: commitInfo(c.commit) } : {};
  switch (read.kind) {
    case 'text': {
      if (c.binary) return { target: { path, content: read.text, added: 'all', ...commit } };
      if (!isManifestCandidate(path, read.text)) return fromDiff();
      if (needsDocument(path, read.text, c)) return { target: { path, content: read.text, added: new Set(c.added), ...commit } };
      const diff = fromDiff();
      return diff && 'target' in diff ? { target: diff.target, partial: true } : diff;
    }
    case 'binary':
      return { note: { path, reason: 'binary' } };
    case 'too-large':
      return { note: { path, reason: 'too-large', detail: `${read.size} bytes, limit ${deps.maxFileSize}` } };
    case 'missing':
      return { note: { path, reason: 'unreadable', detail: 'object not in the repository' } };
    default:
      return { note: { path, reason: 'submodule' } };
  }
}

/**
 * Documents in which every value is reported (Secrets and their kin, SOPS files, kubeconfigs, kustomize
 * generators), also as JSON and inside the escaped JSON of a last-applied annotation.
 */
const EVERY_VALUE = /\bkind\\?["']?[ \t]*:[ \t]*\\?["']?(?:Secret|SealedSecret|ConfigMap)\b|^[ \t]*(?:sops|clusters|users|secretGenerator)[ \t]*:|"(?:sops|clusters|users)"[ \t]*:/m;
/** Words in a key or an env entry's name that a manifest detector may call secret (broad on purpose). */
const SENSITIVE = /pass|pwd|secret|token|key|cred|auth|priv|cert|dsn|conn|salt|session|cookie|sign|bearer|cipher|crypt/i;

/**
 * Whether a manifest detector needs the whole document to judge what the commit added. Yes when the file
 * holds a document whose every value counts (a Secret, SealedSecret, ConfigMap, SOPS file, kubeconfig or
 * kustomize generator: the added line alone does not say so), or is a Helm values file; otherwise the
 * detectors report only values whose key or env entry name says secret, and that name is on the added
 * line or next to it — the diff carries one line of context on each side — so the document is needed
 * only when the diff's lines mention such a word. Limitation: a value whose secret-sounding key is more
 * than one line away from it (a parent key further up) is left to the credential rules.
 */
function needsDocument(path: string, text: string, c: FileChange): boolean {
  if (everyValueCounts(path, text)) return true;
  for (const line of (c.newText as Map<number, string>).values()) if (SENSITIVE.test(line)) return true;
  return false;
}

/** Whether any manifest detector could report in this text (the same test over a whole new file). */
function mayReport(path: string, text: string): boolean {
  return everyValueCounts(path, text) || SENSITIVE.test(text);
}

function everyValueCounts(path: string, text: string): boolean {
  return EVERY_VALUE.test(text) || /(^|\/)values[^/]*\.ya?ml$/i.test(path);
}

function cutNote(c: FileChange): Outcome {
  const path = c.newPath ?? c.oldPath;
  if (c.status === 'deleted' || path === undefined) return undefined;
  return { note: { path, reason: 'too-large', detail: 'its diff is larger than twice the size limit' } };
}
