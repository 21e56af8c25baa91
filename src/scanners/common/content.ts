/**
 * What a secret value holds, for messages and severity: a private key is worse than a password, and a
 * certificate is public. Looks at shapes only (PEM headers, JSON keys, URL userinfo); never returns or
 * logs the value.
 */
import type { Severity } from '../../findings/finding.ts';
import { isLiteralValue } from './values.ts';

export type ContentKind =
  | 'private-key'
  | 'age-key'
  | 'service-account-key'
  | 'cloud-key'
  | 'registry-credentials'
  | 'kubeconfig-credentials'
  | 'jwt'
  | 'dsn-password'
  | 'certificate'
  | 'text'
  | 'binary';

export interface ContentClass {
  kind: ContentKind;
  /** A noun phrase for messages: "a PEM private key", "registry credentials". */
  label: string;
  severity: Severity;
}

const CLASSES: Record<ContentKind, ContentClass> = {
  'private-key': { kind: 'private-key', label: 'a private key', severity: 'critical' },
  'age-key': { kind: 'age-key', label: 'an age secret key', severity: 'critical' },
  'service-account-key': { kind: 'service-account-key', label: 'a GCP service account key', severity: 'critical' },
  'cloud-key': { kind: 'cloud-key', label: 'an AWS access key', severity: 'critical' },
  'registry-credentials': { kind: 'registry-credentials', label: 'container registry credentials', severity: 'high' },
  'kubeconfig-credentials': { kind: 'kubeconfig-credentials', label: 'a kubeconfig with credentials', severity: 'high' },
  jwt: { kind: 'jwt', label: 'a JWT', severity: 'high' },
  'dsn-password': { kind: 'dsn-password', label: 'a connection URL with a password', severity: 'high' },
  certificate: { kind: 'certificate', label: 'a certificate (public)', severity: 'info' },
  text: { kind: 'text', label: 'plain text', severity: 'high' },
  binary: { kind: 'binary', label: 'binary data', severity: 'high' },
};

const PRIVATE_KEY = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/;
const CERTIFICATE = /-----BEGIN (?:CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|X509 CRL|CERTIFICATE REQUEST)-----/;
const AGE_KEY = /AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}/;
const AWS_KEY = /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/;
const JWT = /^eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*$/;
const KUBECONFIG_CREDENTIAL = /^[ \t-]*(?:client-key-data|token|password|client-secret|id-token|refresh-token):[ \t]*["']?[A-Za-z0-9+/=._-]{8,}/m;

/** The password in the first `scheme://user:password@host` of a text, or undefined (`${X}`/placeholders skipped). */
export function urlPassword(text: string): string | undefined {
  const re = /\b[a-zA-Z][a-zA-Z0-9+.-]{1,30}:\/\/([^\s:/@'"]{0,256}):([^\s/@'"]{1,256})@[^\s'"]/g;
  for (const m of text.matchAll(re)) {
    const pw = m[2] as string;
    if (isLiteralValue(pw)) return pw;
  }
  return undefined;
}

/** ` (a private key)` for messages, or '' for plain text, where saying so adds nothing. */
export function contentNote(c: ContentClass): string {
  return c.kind === 'text' ? '' : ` (${c.label})`;
}

/** Classifies decoded secret content (a string, or `undefined` when the bytes were not UTF-8 text). */
export function classifyContent(text: string | undefined): ContentClass {
  if (text === undefined) return CLASSES.binary;
  if (text.includes('"type": "service_account"') || text.includes('"type":"service_account"')) {
    if (text.includes('"private_key"')) return CLASSES['service-account-key'];
  }
  if (PRIVATE_KEY.test(text)) return CLASSES['private-key'];
  if (AGE_KEY.test(text)) return CLASSES['age-key'];
  if (AWS_KEY.test(text)) return CLASSES['cloud-key'];
  if (hasRegistryCredentials(text)) return CLASSES['registry-credentials'];
  if (/^\s*clusters:|\nclusters:/.test(text) && KUBECONFIG_CREDENTIAL.test(text)) return CLASSES['kubeconfig-credentials'];
  if (JWT.test(text.trim())) return CLASSES.jwt;
  if (urlPassword(text) !== undefined) return CLASSES['dsn-password'];
  if (CERTIFICATE.test(text)) return CLASSES.certificate;
  return CLASSES.text;
}

/** A docker config (`{"auths": {reg: {auth|password|identitytoken…}}}` or the legacy `.dockercfg` shape) with a credential. */
export function hasRegistryCredentials(text: string): boolean {
  const t = text.trim();
  if (!t.startsWith('{') || !/"(?:auth|password|identitytoken|registrytoken)"/.test(t)) return false;
  let obj: unknown;
  try {
    obj = JSON.parse(t);
  } catch {
    return false; // not JSON after all (never forward the parser's message: it quotes the input)
  }
  if (obj === null || typeof obj !== 'object') return false;
  const o = obj as Record<string, unknown>;
  const registries = o.auths !== null && typeof o.auths === 'object' ? (o.auths as Record<string, unknown>) : o;
  for (const entry of Object.values(registries)) {
    if (entry === null || typeof entry !== 'object') continue;
    const e = entry as Record<string, unknown>;
    for (const k of ['auth', 'password', 'identitytoken', 'registrytoken']) {
      const v = e[k];
      if (typeof v === 'string' && v.trim() !== '') return true;
    }
  }
  return false;
}

/** Result of decoding a Secret `data` value. */
export type Base64Result = { valid: true; text: string | undefined; base64: string } | { valid: false };

/**
 * Decodes a Secret `data` value as the API server does: standard base64 with padding (line breaks, as in
 * a YAML block scalar, are ignored). `text` is the UTF-8 text, or undefined for binary content.
 */
export function decodeSecretData(value: string): Base64Result {
  const b64 = value.replace(/[\r\n]/g, '').trim();
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return { valid: false };
  const bytes = Buffer.from(b64, 'base64');
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  // Text with control characters (other than tab/newline/CR) is treated as binary.
  if (text !== undefined && /[\u0000-\u0008\u000e-\u001f]/.test(text)) text = undefined;
  return { valid: true, text, base64: b64 };
}
