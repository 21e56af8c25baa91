/**
 * `helm-values-secret`: literal secrets in Helm values — `values*.yaml` files, Argo CD
 * `Application.spec.source(s).helm.values` (a YAML string) / `valuesObject`, and Flux
 * `HelmRelease.spec.values`. A leaf is reported when its key says secret (`password`, `rootPassword`,
 * `apiKey`, `auth.token`…) and its value is a literal: not `""`, not a placeholder or reference, not
 * `existingSecret`-style settings (the safe idiom), not a template.
 */
import type { Detection, RuleMeta, Severity } from '../../findings/finding.ts';
import type { LineIndex } from '../../position.ts';
import { parseFile } from '../../parse/file.ts';
import { objectRef } from '../../parse/manifest.ts';
import { at, entrySpan, itemsOf, textAt, walkLeaves } from '../../parse/nodes.ts';
import type { ManifestDoc, Span, YNode } from '../../parse/types.ts';
import type { Scanner, ScanInput } from '../scanner.ts';
import { classifyContent } from '../common/content.ts';
import { classifyName, looksRandom } from '../common/names.ts';
import { isLiteralValue } from '../common/values.ts';
import { kubeRef, manifestDetection, mentions, objectName, perDocumentScanner } from './common.ts';

export const helmValuesRule: RuleMeta = {
  id: 'helm-values-secret',
  category: 'secret-manifest',
  severity: 'medium',
  title: 'Secret in Helm values',
  description: 'A Helm values file (or the values inlined in an Argo CD Application or Flux HelmRelease) holds a literal password, token or key.',
  help: "Use the chart's `existingSecret` option with a sealed Secret (`sealgate seal`), or encrypt the values file with `sealgate encrypt`; rotate the value.",
  tags: ['kubernetes', 'helm'],
  peers: ['gitleaks:generic-api-key', 'checkov:CKV_SECRET_10'],
};

const VALUES_FILE = /(^|\/)values[^/]*\.ya?ml$/i;

interface ValuesSource {
  doc: ManifestDoc;
  root: YNode;
  /** What to call the place in messages: `values.yaml`, `Argo CD Application x`. */
  where: string;
  /** Maps a span inside an embedded values string to the file (identity for real trees). */
  remap: (s: Span) => Span;
  kind: string;
  name?: string;
  namespace?: string;
}

function severityOf(name: string, value: string): Severity | undefined {
  // `secretKey: postgres-password`, `tokenKey: api-token`: the name of a key inside an existing Secret.
  if (/key$/i.test(name) && /^[a-z]+(?:[-_.][a-z]+)+$/.test(value)) return undefined;
  const c = classifyContent(value);
  if (c.severity === 'critical') return 'critical';
  const s = classifyName(name);
  if (s === 'strong') return looksRandom(value) || c.kind === 'jwt' || c.kind === 'dsn-password' ? 'high' : 'medium';
  if (s === 'weak' && looksRandom(value)) return 'medium';
  if (c.kind === 'dsn-password') return 'high';
  return undefined;
}

function valuesDetections(src: ValuesSource): Detection[] {
  const out: Detection[] = [];
  walkLeaves(src.root, (leaf, path, e) => {
    if (!e || leaf.templated || !isLiteralValue(leaf.text)) return;
    const severity = severityOf(e.key, leaf.text);
    if (!severity) return;
    const key = path.join('.');
    out.push(
      manifestDetection(helmValuesRule, src.doc, src.remap(entrySpan(e)), {
        message: `Helm value ${key} in ${src.where} is a literal secret.`,
        severity,
        secret: leaf.text,
        kubernetes: kubeRef(src.kind, src.name, src.namespace, key),
      }),
    );
  });
  return out;
}

/** Argo CD Application helm sources and Flux HelmRelease values inside an object, as values sources. */
function embeddedSources(doc: ManifestDoc, lines: LineIndex): ValuesSource[] {
  const ref = objectRef(doc);
  const out: ValuesSource[] = [];
  const base = { doc, kind: ref.kind ?? 'object', ...(ref.name ? { name: ref.name } : {}), ...(ref.namespace ? { namespace: ref.namespace } : {}) };
  const identity = (s: Span) => s;
  if (ref.kind === 'Application' && (ref.apiVersion ?? '').startsWith('argoproj.io/')) {
    const where = `Argo CD Application ${objectName(ref.name, ref.namespace)}`;
    const sources = [at(doc.root, 'spec', 'source'), ...itemsOf(at(doc.root, 'spec', 'sources'))];
    for (const s of sources) {
      const obj = at(s, 'helm', 'valuesObject');
      if (obj) out.push({ ...base, root: obj, where, remap: identity });
      const str = at(s, 'helm', 'values');
      if (str?.kind === 'scalar' && !str.templated && str.text.trim() !== '') {
        const sub = parseFile('values.yaml', str.text);
        // A literal block keeps its lines: line n of the values is source line `str.span.line + n`, indented.
        const literal = str.style === 'block-literal';
        const firstLine = lines.lineText(str.span.line + 1);
        const indent = firstLine.length - firstLine.trimStart().length;
        const remap = (sp: Span): Span =>
          literal ? { line: str.span.line + sp.line, column: sp.column + indent, endLine: str.span.line + sp.endLine, endColumn: sp.endColumn + indent } : { ...str.span };
        for (const d of sub.docs) out.push({ ...base, root: d.root, where, remap });
      }
    }
  }
  if (ref.kind === 'HelmRelease' && (ref.apiVersion ?? '').startsWith('helm.toolkit.fluxcd.io/')) {
    const values = at(doc.root, 'spec', 'values');
    if (values) out.push({ ...base, root: values, where: `Flux HelmRelease ${objectName(ref.name, ref.namespace)}`, remap: identity });
  }
  return out;
}

const wantsValues = (input: ScanInput) => VALUES_FILE.test(input.target.path) || mentions('HelmRelease', 'Application')(input);

export const helmValuesScanner: Scanner = perDocumentScanner('helm-values', [helmValuesRule], wantsValues, (doc, input) => {
  const path = input.target.path;
  if (VALUES_FILE.test(path) && textAt(doc.root, 'kind') === undefined && textAt(doc.root, 'apiVersion') === undefined && doc.origin.kind !== 'last-applied') {
    const where = path.slice(path.lastIndexOf('/') + 1);
    return valuesDetections({ doc, root: doc.root, where, remap: (s) => s, kind: 'HelmValues', name: where });
  }
  return embeddedSources(doc, input.parsed().lines).flatMap(valuesDetections);
});
