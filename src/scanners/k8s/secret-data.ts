/**
 * `k8s-secret-plaintext` and `k8s-secret-base64`: every non-empty value of a core Secret's `stringData`
 * (plaintext) and `data` (base64 only), one detection per key at the key's line. Values that are templates,
 * substitutions, SOPS `ENC[…]` or empty are not secrets in the file. `data` is decoded and what it holds
 * (private key, registry credentials, JWT…) sets the wording and severity; `type` narrows which keys are
 * sensitive (TLS: `tls.key`; service-account-token: `token`; basic-auth: `password`; bootstrap token:
 * `token-secret`; ssh-auth: `ssh-privatekey`). Documents with SOPS metadata belong to `sops-unencrypted-value`.
 */
import type { Detection, RuleMeta, Severity } from '../../findings/finding.ts';
import { ARGOCD_SECRET_TYPE_LABEL, asSecret, hasSopsMetadata, type SecretEntry, type SecretView } from '../../parse/manifest.ts';
import type { Scanner } from '../scanner.ts';
import { classifyContent, contentNote, decodeSecretData, urlPassword, type ContentClass } from '../common/content.ts';
import { classifyName } from '../common/names.ts';
import { nonSecretKind } from '../common/values.ts';
import { fieldPath, kubeRef, manifestDetection, objectName, mentions, originSuffix, perDocumentScanner } from './common.ts';

const SEAL_HELP = 'Run `sealgate fix FILE`: it replaces the Secret with a SealedSecret or SOPS file for the keys the `seal:` policy in .sealgate.yaml names for its path (by hand: `sealgate seal FILE --cert CERT -w FILE.sealed.yaml` or `sealgate encrypt FILE --in-place`); rotate the value: it is in Git history.';

export const plaintextRule: RuleMeta = {
  id: 'k8s-secret-plaintext',
  category: 'secret-manifest',
  severity: 'high',
  title: 'Plaintext Kubernetes Secret (stringData)',
  description: 'A Secret manifest with a literal value under stringData: anyone who can read the repository can read the secret.',
  help: SEAL_HELP,
  tags: ['kubernetes', 'secret', 'plaintext'],
  peers: ['kubescape:C-0012'],
};

export const base64Rule: RuleMeta = {
  id: 'k8s-secret-base64',
  category: 'secret-manifest',
  severity: 'high',
  title: 'Base64-only Kubernetes Secret (data)',
  description: 'A Secret manifest with a value under data: base64 is an encoding, not encryption, so the secret is readable by anyone with the repository.',
  help: SEAL_HELP,
  tags: ['kubernetes', 'secret', 'base64'],
  peers: ['gitleaks:kubernetes-secret-yaml', 'kubescape:C-0012'],
};

/** Keys of Argo CD repository and cluster Secrets that hold credentials; the others (url, name, project…) do not. */
const ARGOCD_CREDENTIAL_KEYS = new Set(['password', 'sshPrivateKey', 'tlsClientCertKey', 'githubAppPrivateKey', 'gcpServiceAccountKey', 'bearerToken', 'config', 'token', 'proxy']);

const ARGOCD_LABELS: Record<string, string> = {
  repository: 'Argo CD repository credentials',
  'repo-creds': 'Argo CD repository credential template',
  'repo-write': 'Argo CD repository write credentials',
  'repo-write-creds': 'Argo CD repository write credential template',
  cluster: 'Argo CD cluster credentials',
};

/** How a key of a Secret of this type is treated: reported normally, only at `info`, or not at all. */
type KeyTreatment = 'report' | 'info' | 'skip';

function treatment(secret: SecretView, key: string, value: string): KeyTreatment {
  const keys = new Set([...secret.data, ...secret.stringData].map((e) => e.key));
  switch (secret.type) {
    case 'kubernetes.io/tls':
      return key === 'tls.key' ? 'report' : 'skip';
    case 'kubernetes.io/service-account-token':
      return key === 'token' ? 'report' : 'skip';
    case 'bootstrap.kubernetes.io/token':
      return key === 'token-secret' ? 'report' : 'skip';
    case 'kubernetes.io/ssh-auth':
      return key === 'ssh-privatekey' ? 'report' : 'skip';
    case 'kubernetes.io/basic-auth':
      if (key === 'username') return keys.has('password') ? 'skip' : 'info';
      return 'report';
  }
  const argo = secret.labels[ARGOCD_SECRET_TYPE_LABEL];
  if (argo !== undefined) {
    if (ARGOCD_CREDENTIAL_KEYS.has(key) || classifyName(key) === 'strong') return 'report';
    return urlPassword(value) !== undefined ? 'report' : 'skip';
  }
  return 'report';
}

function describe(secret: SecretView): string {
  return `Secret ${objectName(secret.name, secret.namespace)}`;
}

function argoNote(secret: SecretView): string {
  const t = secret.labels[ARGOCD_SECRET_TYPE_LABEL];
  if (t === undefined) return '';
  return ` (${ARGOCD_LABELS[t] ?? 'an Argo CD Secret'})`;
}

function detect(rule: RuleMeta, secret: SecretView, e: SecretEntry, field: 'data' | 'stringData', message: string, severity: Severity, value: string): Detection {
  return manifestDetection(rule, secret.doc, e.span, {
    message: `${message}${argoNote(secret)}${originSuffix(secret.doc)}.`,
    severity,
    secret: value,
    kubernetes: kubeRef('Secret', secret.name, secret.namespace, e.key),
    fix: 'seal',
  });
}

function isBlank(e: SecretEntry): boolean {
  if (e.templated) return true;
  const kind = nonSecretKind(e.value);
  return kind === 'empty' || kind === 'template' || kind === 'substitution' || kind === 'sops';
}

function severityFor(t: KeyTreatment, c: ContentClass): Severity {
  return t === 'info' ? 'info' : c.severity;
}

/** Detections for one Secret view (exported for the tests and for reuse on Secrets embedded elsewhere). */
export function secretDetections(secret: SecretView): Detection[] {
  const out: Detection[] = [];
  const name = describe(secret);
  for (const e of secret.stringData) {
    if (isBlank(e)) continue;
    const t = treatment(secret, e.key, e.value);
    if (t === 'skip') continue;
    const c = classifyContent(e.value);
    const what = t === 'info' ? ' (only a username)' : contentNote(c);
    out.push(detect(plaintextRule, secret, e, 'stringData', `${name} stores ${fieldPath('stringData', e.key)} in plaintext${what}`, severityFor(t, c), e.value));
  }
  for (const e of secret.data) {
    if (isBlank(e)) continue;
    const decoded = decodeSecretData(e.value);
    if (!decoded.valid) {
      const t = treatment(secret, e.key, e.value);
      if (t === 'skip') continue;
      const c = classifyContent(e.value);
      const sev: Severity = t === 'info' ? 'info' : c.severity === 'info' ? 'medium' : c.severity;
      out.push(detect(base64Rule, secret, e, 'data', `${name} has ${fieldPath('data', e.key)} that is not valid base64 (the API server would reject it; it may be plaintext)`, sev, e.value));
      continue;
    }
    const plain = decoded.text;
    if (plain !== undefined && plain.trim() === '') continue;
    const t = treatment(secret, e.key, plain ?? '');
    if (t === 'skip') continue;
    const c = classifyContent(plain);
    const what = t === 'info' ? ' (only a username)' : contentNote(c);
    out.push(detect(base64Rule, secret, e, 'data', `${name} stores ${fieldPath('data', e.key)} only base64-encoded${what}`, severityFor(t, c), plain ?? decoded.base64));
  }
  return out;
}

export const secretDataScanner: Scanner = perDocumentScanner('k8s-secret-data', [plaintextRule, base64Rule], mentions('Secret'), (doc) => {
  const secret = asSecret(doc);
  return secret && !hasSopsMetadata(doc) ? secretDetections(secret) : [];
});
