/**
 * `kubeconfig-credential`: credentials in kubeconfig files (`kind: Config`, or the `users` + `clusters`
 * shape; often extension-less). Per `users[].user`: `client-key-data` (a private key), `token`, `password`,
 * auth-provider `client-secret` / `id-token` / `refresh-token` / `access-token`, and `exec.env[]` values
 * with sensitive names. `certificate-authority-data` and `client-certificate-data` are public.
 */
import type { Detection, RuleMeta, Severity } from '../../findings/finding.ts';
import { isKubeconfig } from '../../parse/manifest.ts';
import { at, entriesOf, entry, entrySpan, itemsOf, textAt } from '../../parse/nodes.ts';
import type { ManifestDoc, YMapEntry } from '../../parse/types.ts';
import type { Scanner } from '../scanner.ts';
import { classifyContent, decodeSecretData } from '../common/content.ts';
import { nameSaysSecret } from '../common/names.ts';
import { isLiteralValue } from '../common/values.ts';
import { kubeRef, manifestDetection, mentions, perDocumentScanner } from './common.ts';

export const kubeconfigRule: RuleMeta = {
  id: 'kubeconfig-credential',
  category: 'secret-manifest',
  severity: 'high',
  title: 'Credential in a kubeconfig',
  description: 'A kubeconfig with an embedded client key, token, password or OIDC secret gives cluster access to anyone who reads the repository.',
  help: 'Remove the kubeconfig from the repository (or keep only clusters/contexts), revoke the credential, and use an exec plugin or a sealed Secret instead.',
  tags: ['kubernetes', 'kubeconfig'],
  peers: ['gitleaks:kubernetes-secret-yaml'],
};

const USER_FIELDS: Record<string, { what: string; severity: Severity }> = {
  'client-key-data': { what: 'an embedded client private key', severity: 'critical' },
  token: { what: 'a bearer token', severity: 'high' },
  password: { what: 'a password', severity: 'high' },
};
const AUTH_PROVIDER_FIELDS = new Set(['client-secret', 'id-token', 'refresh-token', 'access-token', 'secret']);

function userDetections(doc: ManifestDoc, userName: string | undefined, user: YMapEntry['value']): Detection[] {
  const out: Detection[] = [];
  const who = userName ? `user "${userName}"` : 'a user';
  const add = (e: YMapEntry, key: string, secret: string, message: string, severity: Severity) => {
    out.push(manifestDetection(kubeconfigRule, doc, entrySpan(e), { message, severity, secret, kubernetes: kubeRef('Config', userName, undefined, key) }));
  };
  for (const [field, info] of Object.entries(USER_FIELDS)) {
    const e = entry(user, field);
    if (!e || e.value.kind !== 'scalar' || e.value.templated || !isLiteralValue(e.value.text)) continue;
    let secret = e.value.text;
    let severity = info.severity;
    if (field === 'client-key-data') {
      const decoded = decodeSecretData(secret);
      if (decoded.valid && decoded.text !== undefined) {
        secret = decoded.text;
        severity = classifyContent(decoded.text).kind === 'private-key' ? 'critical' : 'high';
      }
    }
    add(e, field, secret, `Kubeconfig ${who} has ${info.what} (${field}).`, severity);
  }
  for (const e of entriesOf(at(user, 'auth-provider', 'config'))) {
    if (!AUTH_PROVIDER_FIELDS.has(e.key) || e.value.kind !== 'scalar' || e.value.templated || !isLiteralValue(e.value.text)) continue;
    add(e, `auth-provider.${e.key}`, e.value.text, `Kubeconfig ${who} has an auth-provider ${e.key}.`, 'high');
  }
  for (const item of itemsOf(at(user, 'exec', 'env'))) {
    const name = textAt(item, 'name');
    const v = entry(item, 'value');
    if (name === undefined || !v || v.value.kind !== 'scalar' || v.value.templated) continue;
    if (!isLiteralValue(v.value.text) || !nameSaysSecret(name, v.value.text)) continue;
    add(v, `exec.env.${name}`, v.value.text, `Kubeconfig ${who} passes ${name} as a literal to its exec plugin.`, 'high');
  }
  return out;
}

export const kubeconfigScanner: Scanner = perDocumentScanner('kubeconfig', [kubeconfigRule], mentions('users'), (doc) => {
  if (!isKubeconfig(doc)) return [];
  return itemsOf(at(doc.root, 'users')).flatMap((u) => {
    const user = at(u, 'user');
    return user ? userDetections(doc, textAt(u, 'name'), user) : [];
  });
});
