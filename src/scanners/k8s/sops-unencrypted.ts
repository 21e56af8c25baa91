/**
 * `sops-unencrypted-value`: in a document with SOPS metadata, a Secret's `data`/`stringData` leaf that is
 * not `ENC[…]` was left in plaintext (usually an `encrypted_regex` that does not match, or a key added
 * after encryption). Keys with the file's `unencrypted_suffix` (default `_unencrypted`) are left as SOPS
 * intends. MAC checks live with the SOPS sealer.
 */
import type { Detection, RuleMeta } from '../../findings/finding.ts';
import { asSecret, isSopsEncryptedValue, sopsMetadata } from '../../parse/manifest.ts';
import { textAt } from '../../parse/nodes.ts';
import type { Scanner } from '../scanner.ts';
import { classifyContent, contentNote, decodeSecretData } from '../common/content.ts';
import { nonSecretKind } from '../common/values.ts';
import { fieldPath, kubeRef, manifestDetection, mentions, objectName, perDocumentScanner } from './common.ts';

export const sopsUnencryptedRule: RuleMeta = {
  id: 'sops-unencrypted-value',
  category: 'secret-manifest',
  severity: 'high',
  title: 'Unencrypted value in a SOPS-encrypted Secret',
  description: 'A Secret encrypted with SOPS still has a data or stringData value in plaintext, usually because encrypted_regex does not match it.',
  help: 'Fix encrypted_regex in .sops.yaml (e.g. `^(data|stringData)$`) and re-encrypt: `sealgate encrypt FILE --in-place`; rotate the value.',
  tags: ['kubernetes', 'sops'],
};

export const sopsUnencryptedScanner: Scanner = perDocumentScanner('sops-unencrypted', [sopsUnencryptedRule], mentions('sops'), (doc) => {
  const meta = sopsMetadata(doc);
  const secret = meta ? asSecret(doc) : undefined;
  if (!meta || !secret) return [];
  const out: Detection[] = [];
  const suffix = textAt(meta, 'unencrypted_suffix') ?? (textAt(meta, 'encrypted_regex') || textAt(meta, 'encrypted_suffix') || textAt(meta, 'unencrypted_regex') ? undefined : '_unencrypted');
  for (const [field, entries] of [['data', secret.data], ['stringData', secret.stringData]] as const) {
    for (const e of entries) {
      if (e.templated || isSopsEncryptedValue(e.value) || (suffix && e.key.endsWith(suffix))) continue;
      const kind = nonSecretKind(e.value);
      if (kind === 'empty' || kind === 'sops' || kind === 'template') continue;
      const decoded = field === 'data' ? decodeSecretData(e.value) : undefined;
      const plain = decoded?.valid ? decoded.text : e.value;
      const c = classifyContent(plain);
      out.push(
        manifestDetection(sopsUnencryptedRule, doc, e.span, {
          message: `Secret ${objectName(secret.name, secret.namespace)} is SOPS-encrypted but ${fieldPath(field, e.key)} is not${contentNote(c)}.`,
          severity: c.severity === 'critical' ? 'critical' : 'high',
          secret: plain ?? e.value,
          kubernetes: kubeRef('Secret', secret.name, secret.namespace, e.key),
          fix: 'sops',
        }),
      );
    }
  }
  return out;
});
