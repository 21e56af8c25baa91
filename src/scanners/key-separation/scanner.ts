/**
 * `key-separation`: secrets encrypted for keys other than the ones the `seal:` policy names for their path —
 * a SealedSecret whose `sealgate.io/cert-sha256` records another certificate (a dev-sealed secret under
 * `clusters/prod/`), a SOPS file whose age recipients differ from the policy's (or `.sops.yaml`'s) for the
 * file. Whoever holds the wrong key can read the secret, and the right cluster cannot. The policy arrives as
 * data (`ScannerOptions.keyPolicy`): scanners do not load certificates.
 */
import micromatch from 'micromatch';
import type { Detection, RuleMeta, Severity } from '../../findings/finding.ts';
import { isSealedSecret, objectRef, sopsMetadata } from '../../parse/manifest.ts';
import { at, entriesOf, entry, entrySpan, textAt } from '../../parse/nodes.ts';
import { CERT_SHA256_ANNOTATION } from '../../parse/sealed-secret.ts';
import { matchCreationRule } from '../../parse/sops/creation-match.ts';
import { readSopsMetadata } from '../../parse/sops/metadata.ts';
import type { ManifestDoc, Span, YNode } from '../../parse/types.ts';
import { kubeRef, objectName } from '../k8s/common.ts';
import type { KeyPolicy, KeyPolicyRule, Scanner, ScanInput } from '../scanner.ts';

export const keySeparationRule: RuleMeta = {
  id: 'key-separation',
  category: 'policy',
  severity: 'high',
  title: 'Secret encrypted for another environment’s keys',
  description:
    "A SealedSecret sealed for a certificate, or a SOPS file encrypted for age recipients, other than the ones the seal: policy in .sealgate.yaml names for its path (e.g. a dev-sealed secret under clusters/prod/): holders of the other key can read it, and the cluster it is meant for cannot.",
  help: 'Re-encrypt it for the keys of its path: `sealgate reseal FILE --key OLD-KEY --cert CERT --in-place` (SealedSecret), `sealgate updatekeys FILE -y` or decrypt and `sealgate fix FILE` (SOPS); rotate the value if the wrong key’s holders may have read it.',
  tags: ['policy', 'sealed-secrets', 'sops', 'key-management'],
};

function detection(severity: Severity, message: string, span: Span, doc: ManifestDoc | undefined, identity: string, kind: string, name?: string, namespace?: string): Detection {
  const d: Detection = {
    ruleId: keySeparationRule.id,
    category: keySeparationRule.category,
    severity,
    message,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    identity,
    kubernetes: kubeRef(kind, name, namespace, undefined),
  };
  if (doc) d.documentLines = doc.documentLines;
  return d;
}

function ruleFor(policy: KeyPolicy, path: string): KeyPolicyRule | undefined {
  return policy.rules.find((r) => micromatch.isMatch(path, r.path, { dot: true }));
}

const short = (sha: string) => `${sha.slice(0, 12)}…`;

function sealedSecretChecks(doc: ManifestDoc, rule: KeyPolicyRule): Detection[] {
  const ref = objectRef(doc);
  const who = `SealedSecret ${objectName(ref.name, ref.namespace)}`;
  const kindSpan = entry(doc.root, 'kind')?.keySpan ?? doc.root.span;
  const make = (severity: Severity, message: string, span: Span, identity: string) => detection(severity, message, span, doc, identity, 'SealedSecret', ref.name, ref.namespace);
  if (rule.method === 'sops') return [make('info', `${who} is a SealedSecret, but the seal policy for this path (${rule.where}) says sops.`, kindSpan, 'method')];
  if (rule.certSha256.length === 0) return [];
  const annotation = entry(at(doc.root, 'metadata', 'annotations'), CERT_SHA256_ANNOTATION);
  const recorded = annotation?.value.kind === 'scalar' ? annotation.value.text.trim().toLowerCase() : undefined;
  const expected = `${rule.cert ?? 'the policy certificate'} (sha256 ${rule.certSha256.map(short).join(', ')})`;
  if (recorded === undefined || recorded === '') {
    return [make('info', `${who} records no ${CERT_SHA256_ANNOTATION}, so it cannot be checked against ${expected} of ${rule.where}; re-seal it with sealgate to record it.`, kindSpan, 'no-annotation')];
  }
  if (rule.certSha256.includes(recorded) || recorded.includes('{{')) return [];
  return [
    make(
      'high',
      `${who} was sealed for another certificate (sha256 ${short(recorded)}) than ${expected} that ${rule.where} names for this path: whoever holds that key can open it, and this cluster cannot.`,
      annotation ? entrySpan(annotation) : kindSpan,
      `cert:${recorded}`,
    ),
  ];
}

/** Expected recipients for a SOPS file: the rule's own, else `.sops.yaml`'s rule for the file. */
function expectedRecipients(policy: KeyPolicy, rule: KeyPolicyRule, path: string): { recipients: string[]; where: string } | undefined {
  if (rule.recipients !== undefined) return { recipients: rule.recipients, where: rule.where };
  const sops = policy.sopsConfig;
  if (!sops) return undefined;
  const prefix = sops.dir === '' ? '' : `${sops.dir}/`;
  if (!path.startsWith(prefix)) return undefined;
  const match = matchCreationRule(sops.rules, path.slice(prefix.length));
  if (!match || match.error !== undefined || match.rule.recipients.length === 0) return undefined;
  return { recipients: match.rule.recipients, where: `${sops.file}:${match.rule.line}` };
}

function toPlain(n: YNode): unknown {
  if (n.kind === 'map') return Object.fromEntries(n.entries.map((e) => [e.key, toPlain(e.value)]));
  if (n.kind === 'seq') return n.items.map(toPlain);
  return n.value;
}

/** The `sops` block of a YAML/JSON manifest file, or of a JSON file that is not a manifest (e.g. app config). */
function sopsBlock(input: ScanInput): { block: unknown; span: Span; docs: ManifestDoc[] } | undefined {
  const parsed = input.parsed();
  const first = parsed.docs.find((d) => d.origin.kind === 'document' && d.origin.index === 0);
  const node = first ? sopsMetadata(first) : undefined;
  if (first && node) {
    const e = entriesOf(first.root).find((x) => x.key === 'sops');
    return { block: toPlain(node), span: e ? e.keySpan : first.root.span, docs: parsed.docs };
  }
  if (parsed.format !== 'text' || !/\.json$/i.test(input.target.path)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(input.target.content);
  } catch {
    return undefined; // not JSON: not a SOPS file sealgate can read
  }
  const block = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)['sops'] : undefined;
  if (block === undefined) return undefined;
  const at = parsed.lines.position(Math.max(0, input.target.content.lastIndexOf('"sops"')));
  return { block, span: { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 6 }, docs: [] };
}

function sopsChecks(input: ScanInput, policy: KeyPolicy, rule: KeyPolicyRule): Detection[] {
  const found = sopsBlock(input);
  if (!found) return [];
  const metadata = readSopsMetadata(found.block);
  if (!metadata.ok) return []; // a broken block is the SOPS scanner's business
  const docs = found.docs;
  const span = found.span;
  const holdsSecret = docs.some((d) => textAt(d.root, 'kind') === 'Secret');
  const whole = { start: 1, end: input.parsed().lines.lineCount };
  const make = (severity: Severity, message: string, identity: string): Detection => ({ ...detection(severity, message, span, undefined, identity, 'SOPS file'), documentLines: whole });
  if (rule.method === 'sealed-secrets') {
    return holdsSecret ? [make('info', `This SOPS-encrypted Secret is under a path whose seal policy (${rule.where}) says sealed-secrets.`, 'method')] : [];
  }
  const expected = expectedRecipients(policy, rule, input.target.path);
  if (!expected) return [];
  const actual = new Set(metadata.metadata.keyGroups.flatMap((g) => g.age.map((a) => a.recipient)));
  const others = [...new Set(metadata.metadata.keyGroups.flatMap((g) => Object.keys(g.other)))];
  const want = new Set(expected.recipients);
  const extra = [...actual].filter((r) => !want.has(r));
  const missing = [...want].filter((r) => !actual.has(r));
  const out: Detection[] = [];
  const list = (rs: string[]) => rs.map((r) => (r.length > 24 ? `${r.slice(0, 12)}…${r.slice(-6)}` : r)).join(', ');
  if (extra.length || others.length) {
    const what = [...(extra.length ? [`age ${list(extra)}`] : []), ...others.map((o) => `${o} keys`)].join(' and ');
    out.push(make('high', `The file can also be decrypted with ${what}, which the policy for this path (${expected.where}) does not name: their holders can read these secrets.`, `extra:${[...extra, ...others].sort().join(',')}`));
  }
  if (missing.length) {
    out.push(make('medium', `The file is not encrypted for ${list(missing)}, which the policy for this path (${expected.where}) names: that environment cannot decrypt it.`, `missing:${missing.sort().join(',')}`));
  }
  return out;
}

/** The key-separation scanner: silent unless the scan was given a `keyPolicy`. */
export const keySeparationScanner: Scanner = {
  id: 'key-separation',
  rules: [keySeparationRule],
  scan(input) {
    const policy = input.options.keyPolicy;
    if (!policy || policy.rules.length === 0) return [];
    const text = input.target.content;
    const sealed = text.includes('SealedSecret');
    const sops = text.includes('sops') && text.includes('lastmodified');
    if (!sealed && !sops) return [];
    const rule = ruleFor(policy, input.target.path);
    if (!rule) return [];
    const out: Detection[] = [];
    if (sealed) for (const doc of input.parsed().docs) if (doc.origin.kind !== 'last-applied' && isSealedSecret(doc)) out.push(...sealedSecretChecks(doc, rule));
    if (sops) out.push(...sopsChecks(input, policy, rule));
    return out;
  },
};
