/**
 * SOPS files in the repository: a `sops` block without a MAC (`sops-mac-missing`), a MAC that fails with
 * an identity the caller provides (`sops-mac-mismatch`), and values left in plaintext where the file's
 * own selector says they are encrypted (`sops-plaintext-value`). Leaves under a Kubernetes Secret's
 * `data`/`stringData` are left to the k8s scanner's `sops-unencrypted-value`, so each concept has one rule.
 */
import type { Detection, RuleMeta } from '../../findings/finding.ts';
import { isEncValue } from '../../parse/sops/enc-value.ts';
import { readSopsMetadata, unflattenMetadata, type SopsMetadata } from '../../parse/sops/metadata.ts';
import { compileSelector, type CompiledSelector } from '../../parse/sops/selector.ts';
import type { ManifestDoc, Span, YNode } from '../../parse/types.ts';
import type { Scanner, ScanInput } from '../scanner.ts';

export const SOPS_RULES: readonly RuleMeta[] = [
  {
    id: 'sops-plaintext-value',
    category: 'secret-manifest',
    severity: 'high',
    title: 'Plaintext value in a SOPS file',
    description: "A value is in plaintext although the file's own SOPS selector says it is encrypted: it was added or edited by hand after encryption, and sops will refuse the file.",
    help: "Decrypt the file with the old value removed, put the value back, and encrypt again: 'sealgate decrypt -i FILE', edit, 'sealgate encrypt -i FILE'.",
    tags: ['sops'],
  },
  {
    id: 'sops-mac-missing',
    category: 'secret-manifest',
    severity: 'high',
    title: 'SOPS file without a MAC',
    description: 'The sops metadata has no MAC: tampering cannot be detected and sops (and Flux) refuse to decrypt the file.',
    help: "Re-encrypt the file from its plaintext with 'sealgate encrypt', or 'sealgate decrypt --ignore-mac' then encrypt.",
    tags: ['sops'],
  },
  {
    id: 'sops-mac-mismatch',
    category: 'secret-manifest',
    severity: 'high',
    title: 'SOPS file fails its MAC',
    description: 'The file was changed after it was encrypted (a hand edit or tampering): its MAC does not match its values, so sops and Flux refuse to decrypt it.',
    help: "Find the change (git log -p), restore it, or re-encrypt the intended plaintext with 'sealgate encrypt'.",
    tags: ['sops'],
  },
];

const rule = (id: string) => SOPS_RULES.find((r) => r.id === id) as RuleMeta;

function toPlain(n: YNode): unknown {
  if (n.kind === 'map') return Object.fromEntries(n.entries.map((e) => [e.key, toPlain(e.value)]));
  if (n.kind === 'seq') return n.items.map(toPlain);
  return n.value;
}

function entry(n: YNode, key: string): YNode | undefined {
  return n.kind === 'map' ? n.entries.find((e) => e.key === key)?.value : undefined;
}

interface SopsView {
  metadata: SopsMetadata;
  /** Where the `sops` block (or its first line) is. */
  at: Span;
  lastLine: number;
}

function yamlView(docs: ManifestDoc[], lastLine: number): SopsView | undefined {
  const first = docs.find((d) => d.origin.kind === 'document' && d.origin.index === 0);
  if (!first || first.root.kind !== 'map') return undefined;
  const e = first.root.entries.find((x) => x.key === 'sops');
  if (!e || e.value.kind !== 'map' || !entry(e.value, 'lastmodified')) return undefined;
  const r = readSopsMetadata(toPlain(e.value));
  return r.ok ? { metadata: r.metadata, at: e.keySpan, lastLine } : undefined;
}

function report(id: string, message: string, span: Span, extra: Partial<Detection> = {}): Detection {
  const r = rule(id);
  return { ruleId: id, category: r.category, severity: r.severity, message, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn, ...extra };
}

function selectorText(m: SopsMetadata): string {
  return `${m.selector.kind} ${m.selector.value}`;
}

/** Plaintext leaves the selector says are encrypted, in every document (the `sops` block excluded). */
function yamlPlaintext(docs: ManifestDoc[], view: SopsView, selector: CompiledSelector): Detection[] {
  const out: Detection[] = [];
  for (const doc of docs) {
    if (doc.origin.kind !== 'document') continue;
    const root = doc.root;
    const isSecret = root.kind === 'map' && root.entries.some((e) => e.key === 'kind' && e.value.kind === 'scalar' && e.value.value === 'Secret');
    const walk = (n: YNode, path: string[]): void => {
      if (n.kind === 'map') {
        for (const e of n.entries) {
          if (path.length === 0 && e.key === 'sops') continue;
          if (path.length === 0 && isSecret && (e.key === 'data' || e.key === 'stringData')) continue; // the k8s scanner's rule
          walk(e.value, [...path, e.key]);
        }
      } else if (n.kind === 'seq') {
        for (const item of n.items) walk(item, path);
      } else if (n.value !== null && n.value !== '' && !n.templated) {
        if (typeof n.value === 'string' && isEncValue(n.value)) return;
        if (!selector.shouldEncrypt(path)) return;
        out.push(
          report('sops-plaintext-value', `${path.join('.')} is in plaintext, but the file's SOPS selector (${selectorText(view.metadata)}) says it is encrypted`, n.span, {
            secret: String(n.value),
            documentLines: doc.documentLines,
          }),
        );
      }
    };
    walk(root, []);
  }
  return out;
}

/** dotenv: `sops_…` lines hold the metadata; every other `KEY=value` line is a value at path [KEY]. */
function dotenv(text: string): { view: SopsView; values: { key: string; value: string; line: number; column: number }[] } | undefined {
  const flat = new Map<string, string>();
  const values: { key: string; value: string; line: number; column: number }[] = [];
  let first = 0;
  text.split('\n').forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    if (eq < 0) return;
    const key = line.slice(0, eq);
    const value = line.slice(eq + 1).replaceAll('\\n', '\n');
    if (key.startsWith('sops_')) {
      flat.set(key.slice(5), value);
      first ||= i + 1;
    } else values.push({ key, value, line: i + 1, column: eq + 2 });
  });
  if (!flat.has('lastmodified')) return undefined;
  const r = readSopsMetadata(unflattenMetadata(flat));
  if (!r.ok) return undefined;
  const lines = text.split('\n').length;
  return { view: { metadata: r.metadata, at: { line: first, column: 1, endLine: first, endColumn: 1 }, lastLine: lines }, values };
}

async function scan(input: ScanInput): Promise<Detection[]> {
  const { target } = input;
  const text = target.content;
  if (!text.includes('sops') || !text.includes('lastmodified')) return [];
  let view: SopsView | undefined;
  const out: Detection[] = [];
  let selector: CompiledSelector | undefined;
  if (/\.env$/i.test(target.path)) {
    const d = dotenv(text);
    if (!d) return [];
    view = d.view;
    const c = compileSelector(view.metadata.selector);
    if (c.ok && !view.metadata.selector.kind.endsWith('comment_regex')) {
      selector = c.compiled;
      for (const v of d.values) {
        if (v.value === '' || isEncValue(v.value) || !selector.shouldEncrypt([v.key])) continue;
        const span = { line: v.line, column: v.column, endLine: v.line, endColumn: v.column + v.value.length };
        out.push(report('sops-plaintext-value', `${v.key} is in plaintext, but the file's SOPS selector (${selectorText(view.metadata)}) says it is encrypted`, span, { secret: v.value }));
      }
    }
  } else {
    const parsed = input.parsed();
    if (parsed.format === 'text') return [];
    view = yamlView(parsed.docs, parsed.lines.lineCount);
    if (!view) return [];
    const c = compileSelector(view.metadata.selector);
    // comment selectors need the comments, which the manifest view does not keep: no plaintext check then
    if (c.ok && !view.metadata.selector.kind.endsWith('comment_regex')) out.push(...yamlPlaintext(parsed.docs, view, c.compiled));
  }
  const whole = { start: 1, end: view.lastLine };
  if (view.metadata.mac === '') {
    out.push(report('sops-mac-missing', 'the sops metadata has no MAC, so tampering goes unnoticed and sops refuses the file', view.at, { identity: 'mac', documentLines: whole }));
  } else if (input.options.sopsVerify) {
    const result = await input.options.sopsVerify({ path: target.path, content: text });
    if (result === 'mismatch') {
      out.push(report('sops-mac-mismatch', 'the file fails its SOPS MAC: it was changed after it was encrypted', view.at, { identity: 'mac', documentLines: whole }));
    }
  }
  return out;
}

/** The SOPS scanner (see the module comment). */
export function sopsScanner(): Scanner {
  return { id: 'sops', rules: SOPS_RULES, scan };
}
