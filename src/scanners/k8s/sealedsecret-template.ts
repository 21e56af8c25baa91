/**
 * `sealedsecret-template-data`: a SealedSecret's `spec.encryptedData` is safe, but `spec.template.data` is
 * copied into the generated Secret as written — Go templates over the decrypted values
 * (`{{ index . "password" }}`) are fine, literal values are plaintext in the repository.
 */
import type { Detection, RuleMeta, Severity } from '../../findings/finding.ts';
import { isSealedSecret, objectRef, stringEntries } from '../../parse/manifest.ts';
import { at } from '../../parse/nodes.ts';
import type { Scanner } from '../scanner.ts';
import { classifyContent, contentNote } from '../common/content.ts';
import { classifyName, looksRandom } from '../common/names.ts';
import { nonSecretKind } from '../common/values.ts';
import { fieldPath, kubeRef, manifestDetection, mentions, objectName, originSuffix, perDocumentScanner } from './common.ts';

export const sealedTemplateRule: RuleMeta = {
  id: 'sealedsecret-template-data',
  category: 'secret-manifest',
  severity: 'medium',
  title: 'Literal value in a SealedSecret template',
  description: "A SealedSecret's spec.template.data holds a literal value: it is not encrypted, and ends up in the Secret as written.",
  help: 'Move the value into spec.encryptedData (`sealgate seal --merge-into SEALED`), keep only templates like `{{ index . "key" }}` in spec.template.data, and rotate the value.',
  tags: ['kubernetes', 'sealed-secrets'],
};

export const sealedTemplateScanner: Scanner = perDocumentScanner('sealedsecret-template', [sealedTemplateRule], mentions('SealedSecret'), (doc) => {
  if (!isSealedSecret(doc)) return [];
  const ref = objectRef(doc);
  const out: Detection[] = [];
  for (const e of stringEntries(at(doc.root, 'spec', 'template', 'data'))) {
    if (e.templated || nonSecretKind(e.value) !== undefined) continue;
    const c = classifyContent(e.value);
    if (c.kind === 'certificate') continue;
    const severity: Severity = c.severity === 'critical' ? 'critical' : classifyName(e.key) !== undefined || looksRandom(e.value) || c.kind !== 'text' ? 'high' : 'medium';
    out.push(
      manifestDetection(sealedTemplateRule, doc, e.span, {
        message: `SealedSecret ${objectName(ref.name, ref.namespace)} has a literal value in ${fieldPath('spec.template.data', e.key)}${contentNote(c)}, not encrypted${originSuffix(doc)}.`,
        severity,
        secret: e.value,
        kubernetes: kubeRef('SealedSecret', ref.name, ref.namespace, e.key),
        fix: 'seal',
      }),
    );
  }
  return out;
});
