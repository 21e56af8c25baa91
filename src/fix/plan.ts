/**
 * What `sealgate fix` does to one file: its fixable findings → the Secret manifests they are in → sealed
 * replacements for those byte ranges (sealed-secrets) or the whole file encrypted (sops), per the policy
 * rule for the file's path. All or nothing per file: when one Secret cannot be fixed, the file is left as it is.
 */
import { isSealgateError, SealgateError } from '../errors.ts';
import type { Finding } from '../findings/finding.ts';
import { parseFile } from '../parse/file.ts';
import { asSecret, objectRef } from '../parse/manifest.ts';
import { scopeFromAnnotations } from '../parse/sealed-secret.ts';
import type { ManifestDoc, ParsedFile } from '../parse/types.ts';
import type { KustomizeNamespaces } from './kustomize-namespace.ts';
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

export interface PlanOptions {
  now?: Date;
  /** Where a Secret without `metadata.namespace` gets one (its kustomizations); without it, such a Secret is refused. */
  namespaces?: KustomizeNamespaces;
}

/**
 * Plans the fix of `text` (the file at repository-relative `path`) for its `findings` (fixable ones,
 * found in exactly this text), sealing for `absPath`'s policy rule.
 */
export async function planFile(path: string, absPath: string, text: string, findings: readonly Finding[], policy: SealPolicy, options: PlanOptions = {}): Promise<FilePlan> {
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
    else await sealEach(plan, rule, parsed, targets, absPath, options);
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

async function sealEach(plan: FilePlan, rule: ResolvedSealRule, parsed: ParsedFile, targets: Map<ManifestDoc, number>, absPath: string, options: PlanOptions): Promise<void> {
  const key = await rule.sealingKey();
  const edits: { range: Range; text: string }[] = [];
  for (const doc of targets.keys()) {
    try {
      const namespace = await namespaceToSealFor(plan, doc, rule, absPath, options.namespaces);
      const edit = sealDocument(plan.before, parsed, doc, key, {
        file: plan.path,
        ...(rule.scope ? { scope: rule.scope } : {}),
        ...(namespace ? { namespace } : {}),
        ...(options.now ? { now: options.now } : {}),
      });
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

/**
 * The namespace to seal a Secret without `metadata.namespace` for: the one its kustomizations give it.
 * Undefined when the Secret names its namespace (checked against its kustomizations) or is sealed
 * cluster-wide (no namespace in the label).
 * @throws SealgateError('INPUT') at the Secret when no single namespace can be known, or when a kustomization
 *   would move a Secret that names its namespace into another one, where its sealed values would not open.
 */
async function namespaceToSealFor(plan: FilePlan, doc: ManifestDoc, rule: ResolvedSealRule, absPath: string, namespaces: KustomizeNamespaces | undefined): Promise<string | undefined> {
  const secret = asSecret(doc);
  if (!secret) return undefined;
  const scope = rule.scope ?? scopeFromAnnotations(secret.annotations);
  if (scope === 'cluster-wide') return undefined;
  const label = `Secret "${secret.name ?? '(unnamed)'}"`;
  const clusterWide = 'or seal it cluster-wide (scope: cluster-wide in its seal: rule, or --scope cluster-wide with --cert)';
  const found = namespaces ? await namespaces.of(absPath) : { kind: 'none' as const };
  const fail = (why: string, fix: string) => new SealgateError('INPUT', `${label} ${why}: ${fix}, ${clusterWide}`, plan.path, doc.root.span.line);
  if (secret.namespace !== undefined) {
    // kustomize's namespace: overrides the one written in the file; a strict or namespace-wide value sealed
    // for the written one would not open where the SealedSecret is applied.
    const own = secret.namespace;
    const others = found.kind === 'one' ? [found.namespace].filter((n) => n !== own) : found.kind === 'several' ? found.namespaces.filter((n) => n !== own && n !== '(none)') : [];
    if (others.length === 0) return undefined;
    const where = found.kind === 'one' ? `${found.from} puts it in namespace "${found.namespace}"` : `its kustomizations also put it in ${others.map((n) => `"${n}"`).join(', ')}`;
    throw fail(`is in namespace "${own}", but ${where}, where values sealed for "${own}" would not open`, `set metadata.namespace to the namespace it is deployed to`);
  }
  if (found.kind === 'one') {
    const note = `${label}: sealed for namespace "${found.namespace}", which ${found.from} gives it (it has no metadata.namespace)`;
    if (!plan.warnings.includes(note)) plan.warnings.push(note);
    return found.namespace;
  }
  const why =
    found.kind === 'none'
      ? `has no metadata.namespace and no kustomization that includes it sets one (${scope} scope seals it for one namespace)`
      : `has no metadata.namespace and its kustomizations put it in ${found.namespaces.length} namespaces (${found.namespaces.join(', ')})`;
  throw fail(why, 'add metadata.namespace');
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
