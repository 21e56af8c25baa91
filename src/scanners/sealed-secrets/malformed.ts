/**
 * `sealedsecret-malformed`: a SealedSecret the controller will not open, found without any key — bad base64,
 * a length prefix no RSA key gives, scope annotations that disagree between the two metadata levels or are
 * not exactly "true", no namespace for a strict or namespace-wide object. Such a file fails at deploy time.
 */
import type { Detection, RuleMeta } from '../../findings/finding.ts';
import { isSealedSecret, objectRef } from '../../parse/manifest.ts';
import { entry, entrySpan } from '../../parse/nodes.ts';
import { checkSealedSecret, TEMPLATED } from '../../parse/sealed-secret.ts';
import type { Span, YNode } from '../../parse/types.ts';
import { kubeRef, manifestDetection, objectName, originSuffix } from '../k8s/common.ts';
import type { Scanner } from '../scanner.ts';

export const sealedSecretMalformedRule: RuleMeta = {
  id: 'sealedsecret-malformed',
  category: 'secret-manifest',
  severity: 'high',
  title: 'Malformed SealedSecret',
  description:
    'A SealedSecret that the sealed-secrets controller cannot decrypt or will decrypt with the wrong scope: invalid base64, a value that is not a sealed value, scope annotations that disagree, or no namespace where the scope needs one.',
  help: 'Re-seal the Secret (`sealgate seal --cert CERT`), or fix the field named; `sealgate inspect FILE` shows every problem.',
  tags: ['kubernetes', 'sealed-secrets'],
};

export const sealedSecretMalformedScanner: Scanner = {
  id: 'sealedsecret-malformed',
  rules: [sealedSecretMalformedRule],
  scan(input) {
    const out: Detection[] = [];
    for (const doc of input.parsed().docs) {
      // A last-applied copy repeats the object; a line-fallback view has no structure to check.
      if (doc.origin.kind === 'last-applied' || doc.origin.kind === 'lines' || !isSealedSecret(doc)) continue;
      const ref = objectRef(doc);
      const lines = input.parsed().lines;
      // `key: {{ .Values.x }}` is valid YAML (a flow map), so the parser leaves it as a map: look at the source.
      const startsAction = (n: YNode) => lines.text.startsWith('{{', lines.lineStart(n.span.line) + n.span.column - 1);
      for (const p of checkSealedSecret(plain(doc.root, startsAction))) {
        out.push(
          manifestDetection(sealedSecretMalformedRule, doc, spanOf(doc.root, p.path), {
            message: `SealedSecret ${objectName(ref.name, ref.namespace)}: ${p.message}${originSuffix(doc)}.`,
            kubernetes: kubeRef('SealedSecret', ref.name, ref.namespace, p.path.length > 0 ? p.path.join('.') : undefined),
          }),
        );
      }
    }
    return out;
  },
};

/** The node tree as plain data; template actions (neutralised scalars, `{{ … }}` flow maps) become {@link TEMPLATED}. */
function plain(n: YNode, startsAction: (n: YNode) => boolean): unknown {
  if (n.kind === 'scalar') return n.templated ? TEMPLATED : n.value;
  if (startsAction(n)) return TEMPLATED;
  if (n.kind === 'seq') return n.items.map((i) => plain(i, startsAction));
  const out: Record<string, unknown> = {};
  for (const e of n.entries) out[e.key] = plain(e.value, startsAction);
  return out;
}

/** The span of the entry at `path` (the deepest one that exists), or the whole object's. */
function spanOf(root: YNode, path: readonly string[]): Span {
  let span = root.kind === 'map' && root.entries[0] ? entrySpan(root.entries[0]) : root.span;
  let node: YNode | undefined = root;
  for (const key of path) {
    const e = entry(node, key);
    if (!e) break;
    span = entrySpan(e);
    node = e.value;
  }
  return span;
}
