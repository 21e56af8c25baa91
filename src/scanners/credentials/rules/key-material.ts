import type { CredentialRule } from '../rule.ts';
import { base64url, pem, pemBody, sample, ALNUM, LOWER_ALNUM } from './sample.ts';

/** A run of base64 as long as a PEM line: placeholders (`...`, `<key>`) have none. */
const HAS_KEY_BYTES = /[A-Za-z0-9+/]{40}/;
/** age identities are bech32: this alphabet, upper case. */
const BECH32 = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';

const jwtHeader = base64url('{"alg":"RS256","typ":"JWT","kid":"k1"}');
const jwtPayload = base64url('{"sub":"svc-deployer","iss":"https://issuer.internal","exp":1900000000}');
const jwt = `${jwtHeader}.${jwtPayload}.${sample(ALNUM, 43, 7).replace(/[+/]/g, '_')}`;
/** jwt.io's documented example token (John Doe): a well-known sample, not a credential. */
const JWT_IO_PAYLOAD = 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ';

/** True when `segment` is base64url of a JSON object (a real JOSE header or claims set). */
function isJsonSegment(segment: string, requireAlg: boolean): boolean {
  try {
    const v = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as unknown;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    return !requireAlg || typeof (v as Record<string, unknown>)['alg'] === 'string';
  } catch {
    return false;
  }
}

export const rules: CredentialRule[] = [
  {
    id: 'private-key',
    description: 'Private key (PEM: PKCS#1, PKCS#8, EC, DSA, OpenSSH, encrypted)',
    family: 'key-material',
    regex: /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY-----(?:[A-Za-z0-9+/=\s\\:,.'"_]|-(?!----)){50,40000}-----END[ A-Z0-9]{0,40}PRIVATE KEY-----/,
    secretGroup: 0,
    keywords: ['private key'],
    filter: (secret) => HAS_KEY_BYTES.test(secret),
    severity: 'critical',
    tps: [
      pem('RSA PRIVATE KEY', 600, 11),
      pem('PRIVATE KEY', 300, 12),
      pem('EC PRIVATE KEY', 120, 13),
      pem('OPENSSH PRIVATE KEY', 400, 14),
      pem('ENCRYPTED PRIVATE KEY', 700, 15),
      pem('RSA PRIVATE KEY', 600, 16, 'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,3F17F5316E2BAC89\n\n'),
      `tls.key: |\n  ${pem('PRIVATE KEY', 200, 17).split('\n').join('\n  ')}`,
      `{"private_key": "${pem('PRIVATE KEY', 300, 18).split('\n').join('\\n')}\\n"}`,
    ],
    fps: [
      '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
      '-----BEGIN RSA PRIVATE KEY-----\n<your private key here>\n-----END RSA PRIVATE KEY-----',
      `-----BEGIN PRIVATE KEY-----\n${'x'.repeat(64)}\n${'x'.repeat(64)}\n-----END PRIVATE KEY-----`,
      pem('CERTIFICATE', 600, 19),
      pem('PUBLIC KEY', 300, 20),
      'const header = "-----BEGIN PRIVATE KEY-----";',
    ],
  },
  {
    id: 'pgp-private-key-block',
    description: 'PGP private key block',
    family: 'key-material',
    regex: /-----BEGIN PGP PRIVATE KEY BLOCK-----(?:[A-Za-z0-9+/=\s\\:,.'"_()@<>]|-(?!----)){50,200000}-----END PGP PRIVATE KEY BLOCK-----/,
    secretGroup: 0,
    keywords: ['pgp private key block'],
    filter: (secret) => HAS_KEY_BYTES.test(secret),
    severity: 'critical',
    tps: [
      pem('PGP PRIVATE KEY BLOCK', 900, 21, 'Version: GnuPG v2\n\n'),
      pem('PGP PRIVATE KEY BLOCK', 1200, 22, '\n'),
    ],
    fps: [
      pem('PGP PUBLIC KEY BLOCK', 900, 23, '\n'),
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n(paste your key)\n-----END PGP PRIVATE KEY BLOCK-----',
    ],
  },
  {
    id: 'putty-private-key',
    description: 'PuTTY private key file (.ppk)',
    family: 'key-material',
    regex: /PuTTY-User-Key-File-[23]: [^\r\n]{1,100}(?:\r?\n[^\r\n]{0,300}){2,150}?\r?\nPrivate-Lines: \d{1,3}\r?\n([A-Za-z0-9+/=\r\n]{20,20000})/,
    keywords: ['putty-user-key-file'],
    filter: (secret) => HAS_KEY_BYTES.test(secret),
    severity: 'critical',
    tps: [
      `PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy@ci\nPublic-Lines: 2\n${pemBody(90, 31)}\nPrivate-Lines: 4\n${pemBody(180, 32)}\nPrivate-MAC: ${sample('0123456789abcdef', 40, 33)}\n`,
      `PuTTY-User-Key-File-3: ssh-ed25519\r\nEncryption: aes256-cbc\r\nComment: ops\r\nPublic-Lines: 2\r\n${pemBody(60, 34).split('\n').join('\r\n')}\r\nKey-Derivation: Argon2id\r\nArgon2-Memory: 8192\r\nArgon2-Passes: 13\r\nArgon2-Parallelism: 1\r\nArgon2-Salt: ${sample('0123456789abcdef', 32, 35)}\r\nPrivate-Lines: 1\r\n${sample(ALNUM, 64, 36)}\r\n`,
    ],
    fps: ['PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: example\nPublic-Lines: 1\nAAAA\nPrivate-Lines: 1\n<redacted>\n'],
  },
  {
    id: 'age-secret-key',
    description: 'age secret key (identity)',
    family: 'key-material',
    regex: /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/,
    keywords: ['age-secret-key-1'],
    severity: 'critical',
    tps: [
      `# created: 2024-05-01T10:00:00Z\n# public key: age1${sample(BECH32.toLowerCase(), 58, 41)}\nAGE-SECRET-KEY-1${sample(BECH32, 58, 42)}`,
      `SOPS_AGE_KEY=AGE-SECRET-KEY-1${sample(BECH32, 58, 43)}`,
    ],
    fps: [
      `recipients: age1${sample(BECH32.toLowerCase(), 58, 44)}`,
      'SOPS_AGE_KEY=AGE-SECRET-KEY-1XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      `AGE-SECRET-KEY-1${sample(BECH32, 40, 45)}`,
    ],
  },
  {
    id: 'jwt',
    description: 'JSON Web Token',
    family: 'key-material',
    regex: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{10,4000}\.eyJ[A-Za-z0-9_-]{10,16000}\.[A-Za-z0-9_-]{16,4000})/,
    keywords: ['eyj'],
    allow: { stopwords: [JWT_IO_PAYLOAD] },
    filter: (secret) => {
      const [header = '', payload = ''] = secret.split('.');
      return isJsonSegment(header, true) && isJsonSegment(payload, false);
    },
    severity: 'high',
    tps: [
      `Authorization: Bearer ${jwt}`,
      `token: "${jwt}"`,
      `curl -H "X-Auth: ${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url('{"sub":"42","role":"admin"}')}.${sample(ALNUM, 43, 8)}"`,
    ],
    fps: [
      // jwt.io's example token.
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      // Header segment that is not JSON.
      `eyJ${sample(ALNUM, 30, 9)}.eyJ${sample(ALNUM, 30, 10)}.${sample(ALNUM, 43, 11)}`,
      // No signature.
      `${jwtHeader}.${jwtPayload}.`,
    ],
  },
  {
    id: 'kubernetes-bootstrap-token',
    description: 'Kubernetes bootstrap token',
    family: 'key-material',
    regex: /(?:--(?:discovery-)?token[= ]{1,3}["']?|\btoken["']?[ \t]{0,5}[:=][ \t]{0,5}["']?)([a-z0-9]{6}\.[a-z0-9]{16})(?![a-z0-9.])|\btoken-secret["']?[ \t]{0,5}:[ \t]{0,5}["']?([a-z0-9]{16})(?![a-z0-9])/,
    keywords: ['token'],
    entropy: 2.5,
    allow: { regexes: [/^abcdef\.0123456789abcdef$/, /^0123456789abcdef$/] },
    severity: 'high',
    tps: [
      `kubeadm join 10.0.0.10:6443 --token ${sample(LOWER_ALNUM, 6, 51)}.${sample(LOWER_ALNUM, 16, 52)} --discovery-token-ca-cert-hash sha256:${sample('0123456789abcdef', 64, 53)}`,
      `bootstrapTokens:\n- token: "${sample(LOWER_ALNUM, 6, 54)}.${sample(LOWER_ALNUM, 16, 55)}"\n  ttl: 24h0m0s`,
      `stringData:\n  token-id: ${sample(LOWER_ALNUM, 6, 56)}\n  token-secret: ${sample(LOWER_ALNUM, 16, 57)}`,
    ],
    fps: [
      'kubeadm join 10.0.0.10:6443 --token abcdef.0123456789abcdef',
      'kubeadm join 10.0.0.10:6443 --token <token> --discovery-token-ca-cert-hash sha256:<hash>',
      'image: registry.k8s.io/pause:3.9',
    ],
  },
];
