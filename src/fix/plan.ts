/**
 * What `sealgate fix` does to one file: its fixable findings → the Secret manifests they are in → sealed
 * replacements for those byte ranges (sealed-secrets) or the whole file encrypted (sops), per the policy
 * rule for the file's path. All or nothing per file: when one Secret cannot be fixed, the file is left as it is.
 */
import { isSealgateError } from '../errors.ts';
import type { Finding } from '../findings/finding.ts';
import { parseFile } from '../parse/file.ts';
import { asSecret, objectRef } from '../parse/manifest.ts';
import type { ManifestDoc, ParsedFile } from '../parse/types.ts';
import type { ResolvedSealRule, SealPolicy } from './policy.ts';
import { sealDocument } from './seal-document.ts';
import { encryptFile } from './sops-edit.ts';
import { spliceAll, type Range } from './splice.ts';

/** Rules whose findings `sealgate fix` remediates. */
export const FIXABLE_RULES: ReadonlySet<string> = new Set(['k8s-secret-plaintext', 'k8s-secret-base64']);

/** One Secret sealed or encrypted. */
export interface FixChange {
  /** `Secret shop/db`. */
  object: string;
  line: number;
  method: 'sealed-secrets' | 'sops';
  /** The key used: `keys/prod.pem (sha256 3f2a…)` or the age recipients. */
  key: string;
  /** The policy rule that chose it. */
  rule: string;
}

/** A Secret (or a whole file) left as it is, and why. */
export interface FixRefusal {
  line: number;
  object?: string;
  reason: string;
}

export interface FilePlan {
  /** Repository-relative path. */
  path: string;
  /** The text the plan was made from (without BOM). */
  before: string;
  /** The new text; undefined when nothing changes. */
  after?: string;
  changes: FixChange[];
  refusals: FixRefusal[];
  /** Things to tell the user (certificate expiring soon); never secrets. */
  warnings: string[];
}

/**
 * Plans the fix of `text` (the file at repository-relative `path`) for its `findings` (fixable ones,
 * found in exactly this text), sealing for `absPath`'s policy rule.
 */
export async function planFile(path: string, absPath: string, text: string, findings: readonly Finding[], policy: SealPolicy, now?: Date): Promise<FilePlan> {
  const plan: FilePlan = { path, before: text, changes: [], refusals: [], warnings: [] };
  const parsed = parseFile(path, text);
  const targets = new Map<ManifestDoc, number>();
  for (const f of findings) {
    const doc = docAt(parsed, f.line);
    if (!doc) plan.refusals.push({ line: f.line, reason: 'no manifest found at this line' });
    else if (doc.origin.kind === 'lines') plan.refusals.push({ line: f.line, object: describe(doc), reason: 'the YAML does not parse here: fix its syntax first' });
    else if (!asSecret(doc)) plan.refusals.push({ line: f.line, object: describe(doc), reason: 'the secret is in a copy of a Secret inside another object: remove that copy by hand' });
    else targets.set(doc, Math.min(targets.get(doc) ?? f.line, f.line));
  }
  if (targets.size === 0 || plan.refusals.length > 0) return plan;

  const rule = policy.ruleFor(path);
  if (!rule) {
    plan.refusals.push({ line: Math.min(...targets.values()), reason: `no seal: rule matches ${path}: add one to .sealgate.yaml, or pass --cert CERT or --age RECIPIENT` });
    return plan;
  }
  try {
    if (rule.method === 'sops') await encryptWhole(plan, rule, parsed, absPath);
    else await sealEach(plan, rule, parsed, targets, now);
  } catch (e) {
    if (!isSealgateError(e)) throw e;
    plan.refusals.push({ line: e.line ?? Math.min(...targets.values()), reason: e.message });
  }
  if (plan.refusals.length > 0) {
    delete plan.after;
    plan.changes = [];
  }
  return plan;
}

async function sealEach(plan: FilePlan, rule: ResolvedSealRule, parsed: ParsedFile, targets: Map<ManifestDoc, number>, now: Date | undefined): Promise<void> {
  const key = await rule.sealingKey();
  const edits: { range: Range; text: string }[] = [];
  for (const doc of targets.keys()) {
    try {
      const edit = sealDocument(plan.before, parsed, doc, key, { file: plan.path, ...(rule.scope ? { scope: rule.scope } : {}), ...(now ? { now } : {}) });
      edits.push(edit);
      for (const w of edit.warnings) if (!plan.warnings.includes(w)) plan.warnings.push(w);
      plan.changes.push({ object: describe(doc), line: doc.root.span.line, method: 'sealed-secrets', key: `${rule.certName ?? key.source} (sha256 ${key.sha256.slice(0, 12)}…)`, rule: rule.where });
    } catch (e) {
      if (!isSealgateError(e)) throw e;
      plan.refusals.push({ line: e.line ?? doc.root.span.line, object: describe(doc), reason: e.message });
    }
  }
  if (edits.length > 0) plan.after = spliceAll(plan.before, edits);
}

async function encryptWhole(plan: FilePlan, rule: ResolvedSealRule, parsed: ParsedFile, absPath: string): Promise<void> {
  const keys = rule.sopsKeys(absPath);
  plan.after = await encryptFile(plan.path, plan.before, parsed, keys);
  const recipients = keys.keyGroups.flat().map(shortRecipient).join(', ');
  for (const doc of parsed.docs) {
    if (doc.origin.kind !== 'document' || !asSecret(doc)) continue;
    plan.changes.push({ object: describe(doc), line: doc.root.span.line, method: 'sops', key: `age ${recipients}`, rule: keys.source });
  }
}

/** The manifest a finding's line belongs to: the innermost document or List item whose object spans it. */
export function docAt(parsed: ParsedFile, line: number): ManifestDoc | undefined {
  let best: ManifestDoc | undefined;
  for (const d of parsed.docs) {
    if (d.origin.kind === 'last-applied') continue;
    const s = d.origin.kind === 'lines' ? { line: d.documentLines.start, endLine: d.documentLines.end } : d.root.span;
    if (line < s.line || line > s.endLine) continue;
    if (!best || s.line >= best.root.span.line) best = d;
  }
  return best;
}

function describe(doc: ManifestDoc): string {
  const ref = objectRef(doc);
  const name = ref.name ? (ref.namespace ? `${ref.namespace}/${ref.name}` : ref.name) : '(unnamed)';
  return `${ref.kind ?? 'object'} ${name}`;
}

function shortRecipient(r: string): string {
  return r.length > 20 ? `${r.slice(0, 10)}…${r.slice(-6)}` : r;
}
