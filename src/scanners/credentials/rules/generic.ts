import { isPlaceholder, isSensitiveName } from '../../common/placeholder.ts';
import { shannonEntropy } from '../entropy.ts';
import type { CredentialRule } from '../rule.ts';
import {
  characterClasses,
  isBase64Pem,
  isCodePath,
  isDigest,
  isExpression,
  isFilePath,
  isNameLike,
  isNumberLike,
  isPlainUrl,
  isTypeName,
  isUuid,
  keyBefore,
} from '../value-shape.ts';
import { ALNUM, BASE64, sample } from './sample.ts';

/**
 * `KEY op VALUE` in code and config: the key contains one of `keyWords`; the operator is `=`, `:`, `:=`,
 * `=>` or `?=` (not `==`, `::`, `://`); the value is double-, single- or back-quoted (groups 1–3) or bare
 * (group 4, up to whitespace, a quote, `,`, `;`, `<`, `>` or `#`). Every quantifier is bounded.
 */
function assignment(keyWords: string): RegExp {
  const op = String.raw`(?:=>|:=|\?=|=(?![=~>])|:(?![:/\\]))`;
  const dq = String.raw`"((?:[^"\\\r\n]|\\[^\r\n]){1,300})"`;
  const sq = String.raw`'((?:[^'\\\r\n]|\\[^\r\n]){1,300})'`;
  const bq = '`([^`\\r\\n$]{1,300})`';
  const bare = String.raw`([^\s"'\x60,;<>#|&]{1,300})`;
  return new RegExp(String.raw`(?:${keyWords})[\w.$-]{0,40}["'\x60\]]{0,2}[ \t]{0,10}${op}[ \t]{0,10}(?:${dq}|${sq}|${bq}|${bare})`, 'i');
}

/** The full key of an assignment match: what precedes the keyword plus the word characters of the match. */
function keyOf(m: RegExpExecArray, text: string): string {
  return keyBefore(text, m.index) + (/^[\w.$-]+/.exec(m[0])?.[0] ?? '');
}

/**
 * Checks every generic assignment shares: the key names a credential; a bare value in source code is an
 * expression, not a literal; and the value is not a path, URL, UUID, digest, type, number, resource name
 * or YAML tag/block indicator.
 */
function plausibleAssignment(secret: string, m: RegExpExecArray, text: string, path: string): boolean {
  if (!isSensitiveName(keyOf(m, text))) return false;
  const bare = m[4] !== undefined;
  if (bare && isCodePath(path)) return false;
  if (bare && /^[!|>&*%@]/.test(secret)) return false;
  if (/\s/.test(secret.trim()) && !/[^\sA-Za-z]/.test(secret)) return false; // prose: "enter your password here"
  return !(
    isExpression(secret) ||
    isFilePath(secret) ||
    isPlainUrl(secret) ||
    isUuid(secret) ||
    isDigest(secret) ||
    isTypeName(secret) ||
    isNumberLike(secret) ||
    isNameLike(secret) ||
    isBase64Pem(secret) ||
    /^ENC\[|^vault:|^ref\+|^arn:|^projects\/|^(?:secret|env|file|azurekeyvault|awssm|gcpsm|op):\/\//i.test(secret)
  );
}

const pw = sample(ALNUM, 14, 101) + '!';
const apiKey = sample(ALNUM, 32, 102);
const b64 = (s: string) => Buffer.from(s).toString('base64');

export const rules: CredentialRule[] = [
  {
    id: 'generic-password',
    description: 'Password assigned in code or configuration',
    family: 'generic',
    regex: assignment('pass(?:word|wd|phrase)?|pwd'),
    keywords: ['pass', 'pwd'],
    allow: { paths: [/(?:^|\/)(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml|go\.sum|Cargo\.lock|poetry\.lock|composer\.lock|Gemfile\.lock)$/] },
    filter: (secret, m, text, path) => {
      if (secret.length < 6 || secret.length > 200 || !plausibleAssignment(secret, m, text, path)) return false;
      if (shannonEntropy(secret) < 2.5) return false;
      return characterClasses(secret) >= 2 || secret.length >= 12;
    },
    severity: 'high',
    tps: [
      `DB_PASSWORD=${pw}`,
      `export POSTGRES_PASSWORD='${pw}'`,
      `spring.datasource.password=${pw}`,
      `  password: "${pw}"`,
      `{"adminPassword": "${pw}", "user": "admin"}`,
      `password = "${pw}"  # hcl/toml`,
      `const dbPassword = "${pw}";`,
      `conn, err := sql.Open("mysql", cfg.DSN); Password: "${pw}",`,
      `kubectl create secret generic db --from-literal=password=${pw}`,
    ],
    fps: [
      'password: changeme',
      'password: ${DB_PASSWORD}',
      'password: "{{ .Values.db.password }}"',
      'password: <your-password>',
      'password: xxxxxxxx',
      'password: $(DB_PASSWORD)',
      'passwordFile: /run/secrets/db_password',
      'existingSecret: postgres-credentials\nsecretName: my-tls\npasswordSecretName: db-pass',
      'password := os.Getenv("DB_PASSWORD")',
      { text: 'const password = process.env.DB_PASSWORD;\nif (password === "") throw new Error("no password");', path: 'src/db.ts' },
      { text: 'password = config.password', path: 'app/settings.py' },
      'password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256',
      'password: ENC[AES256_GCM,data:Zm9vYmFy,iv:YWJj,tag:ZGVm,type:str]',
      'passport_number: X1234567',
      'min_password_length: 12',
      'password: true',
      '  password: string;',
      'password_hash: $2b$12$KIXQJ7yDq3Jc5eQ4Jw1v3uQ7k8m9n0o1p2q3r4s5t6u7v8w9x0y1z',
    ],
  },
  {
    id: 'generic-api-key',
    description: 'Secret, token or API key assigned in code or configuration',
    family: 'generic',
    regex: assignment('secret|token|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|credential|creds|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key'),
    keywords: ['secret', 'token', 'api_key', 'api-key', 'api.key', 'apikey', 'access_key', 'access-key', 'accesskey', 'auth_key', 'authkey', 'credential', 'creds', 'private_key', 'privatekey', 'signing', 'encryption', 'master'],
    entropy: 3.5,
    allow: { paths: [/(?:^|\/)(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml|go\.sum|Cargo\.lock|poetry\.lock|composer\.lock|Gemfile\.lock)$/] },
    filter: (secret, m, text, path) => {
      if (secret.length < 10 || secret.length > 300 || /\s/.test(secret)) return false;
      if (!plausibleAssignment(secret, m, text, path)) return false;
      return /\d/.test(secret) || (secret.length >= 24 && shannonEntropy(secret) >= 4);
    },
    severity: 'medium',
    tps: [
      `API_KEY=${apiKey}`,
      `client_secret: "${sample(ALNUM, 40, 103)}"`,
      `export SERVICE_TOKEN=${sample(ALNUM, 36, 104)}`,
      `"apiKey": "${sample(ALNUM, 32, 105)}",`,
      `signing_key = "${sample(BASE64, 44, 106)}"`,
      `config.auth_token = '${sample(ALNUM, 30, 107)}'`,
      `GITHUB_TOKEN=3f786850e387550fdab836ed7e6dc881de23001b`,
    ],
    fps: [
      'secretName: my-app-tls',
      'api_key: ${API_KEY}',
      'token: {{ .Values.token }}',
      'client_secret: <client-secret>',
      'secret_key_ref: db-secret',
      'token_url: https://auth.example.com/oauth/token',
      'apiKeyHeader: X-Api-Key',
      'session_token: 123e4567-e89b-12d3-a456-426614174000',
      'token_hash: sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      `"secretKeyRef": {"name": "db", "key": "password"}`,
      'accessKeyId: AKIAIOSFODNN7EXAMPLE',
      'secret: my-application-secret',
      { text: 'token := r.Header.Get("X-Token")\napiKey := viper.GetString("api_key")', path: 'cmd/serve.go' },
      { text: 'this.accessToken = response.data.access_token;', path: 'src/client.ts' },
      'private_key_path: ./keys/service.pem',
      'tokenizer: bert-base-uncased-v2',
      `ca.crt: ${b64('-----BEGIN CERTIFICATE-----\nMIIB...\n-----END CERTIFICATE-----')}`,
    ],
  },
  {
    id: 'url-credentials',
    description: 'Password in a URL (scheme://user:password@host)',
    family: 'generic',
    regex: /\b[a-z][a-z0-9+.-]{1,30}:\/\/([^\s:/?#@"'<>[\]]{0,100}):([^\s/?#@"'<>]{1,200})@([A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])/i,
    secretGroup: 2,
    keywords: ['://'],
    filter: (secret, m) => {
      const user = m[1] ?? '';
      const host = (m[3] ?? '').toLowerCase();
      if (secret === user || secret.length < 3 || isPlaceholder(decodeURIComponentSafe(secret))) return false;
      if (/(?:^|\.)example\.(?:com|org|net)$|\.example$|\.test$|\.invalid$/.test(host)) return false;
      if (/^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$/.test(host) && shannonEntropy(secret) < 3) return false;
      return !/^(?:postgres|mysql|root|admin|guest|user|pass|password|secret|redis|rabbit|mongo)$/i.test(secret);
    },
    severity: 'high',
    tps: [
      `DATABASE_URL=postgres://app:${pw}@db.internal:5432/app`,
      `mongodb+srv://svc:${sample(ALNUM, 20, 108)}@cluster0.ab1cd.mongodb.net/prod`,
      `"resolved": "https://deploy:${sample(ALNUM, 24, 109)}@npm.corp.io/pkg/-/pkg-1.0.0.tgz"`,
      `amqp://worker:${sample(ALNUM, 18, 110)}@10.1.2.3:5672/`,
    ],
    fps: [
      'postgres://user:${DB_PASSWORD}@db:5432/app',
      'https://user:password@example.com/path',
      'redis://:changeme@localhost:6379',
      'postgres://postgres:postgres@localhost:5432/test',
      'git+ssh://git@github.com/org/repo.git',
      'https://github.com/org/repo',
      'mysql://root:<password>@127.0.0.1/db',
    ],
  },
  {
    id: 'authorization-basic',
    description: 'HTTP Basic credentials in an Authorization header',
    family: 'generic',
    regex: /\bauthorization["'\]]{0,3}[ \t]{0,5}[:=,][ \t]{0,5}["']?[ \t]{0,3}basic[ \t]{1,5}([A-Za-z0-9+/]{8,500}={0,2})(?![A-Za-z0-9+/=])/i,
    keywords: ['basic'],
    filter: (secret) => {
      const plain = Buffer.from(secret, 'base64').toString('utf8');
      const colon = plain.indexOf(':');
      if (colon < 0 || !/^[\x20-\x7e]+$/.test(plain)) return false;
      const pass = plain.slice(colon + 1);
      return pass.length >= 4 && !isPlaceholder(pass) && !isPlaceholder(plain.slice(0, colon) + pass);
    },
    severity: 'high',
    tps: [
      `curl -H "Authorization: Basic ${b64(`deploy:${pw}`)}" https://api.internal/`,
      `headers: { Authorization: 'Basic ${b64(`svc:${sample(ALNUM, 20, 111)}`)}' }`,
    ],
    fps: [
      `Authorization: Basic ${b64('user:password')}`,
      'Authorization: Basic ${BASIC_AUTH}',
      `Authorization: Basic ${b64('no colon in here at all')}`,
    ],
  },
  {
    id: 'authorization-bearer',
    description: 'Bearer token in an Authorization header',
    family: 'generic',
    regex: /\bauthorization["'\]]{0,3}[ \t]{0,5}[:=,][ \t]{0,5}["']?[ \t]{0,3}bearer[ \t]{1,5}([A-Za-z0-9._~+/-]{16,2000}=*)(?![A-Za-z0-9._~+/=-])/i,
    keywords: ['bearer'],
    entropy: 3.5,
    filter: (secret) => /\d/.test(secret) && !isUuid(secret),
    severity: 'high',
    tps: [
      `curl -H "Authorization: Bearer ${sample(ALNUM, 40, 112)}" https://api.internal/v1`,
      `req.headers["authorization"] = "Bearer ${sample(ALNUM, 32, 113)}"`,
    ],
    fps: [
      'curl -H "Authorization: Bearer $TOKEN" https://api.internal/v1',
      'Authorization: Bearer <token>',
      'Authorization: Bearer ${{ secrets.API_TOKEN }}',
      'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE',
    ],
  },
  {
    id: 'docker-config-auth',
    description: 'Registry credentials in a Docker config (auths)',
    family: 'generic',
    regex: /"auth"[ \t]{0,5}:[ \t]{0,5}"([A-Za-z0-9+/]{8,1000}={0,2})"/,
    keywords: ['auths'],
    filter: (secret) => {
      const plain = Buffer.from(secret, 'base64').toString('utf8');
      const colon = plain.indexOf(':');
      return colon > 0 && plain.length - colon > 4 && !isPlaceholder(plain.slice(colon + 1));
    },
    severity: 'high',
    tps: [
      `{"auths":{"registry.corp.io":{"auth":"${b64(`robot$ci:${sample(ALNUM, 32, 114)}`)}"}}}`,
      `{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "${b64(`me:${pw}`)}"\n    }\n  }\n}`,
    ],
    fps: [
      `{"auths":{"registry.corp.io":{"auth":"${b64('user:changeme')}"}}}`,
      '{"auths":{"ghcr.io":{}},"credsStore":"desktop"}',
    ],
  },
  {
    id: 'kubectl-from-literal',
    description: 'Secret value given on a kubectl create secret command line',
    family: 'generic',
    regex: /--from-literal[= ]["']?[\w.-]{1,253}=(?:"([^"\r\n]{1,300})"|'([^'\r\n]{1,300})'|([^\s"'\\]{1,300}))/,
    keywords: ['--from-literal'],
    filter: (secret, m, text) => {
      const key = /^--from-literal[= ]["']?([\w.-]{1,253})=/.exec(m[0])?.[1] ?? '';
      if (secret.length < 6 || isExpression(secret)) return false;
      if (/^(?:user(?:name)?|host(?:name)?|port|url|endpoint|db|database|dbname|name|email|region|namespace|schema)$/i.test(key)) return false;
      return /create\s+secret/.test(commandAround(text, m.index));
    },
    severity: 'high',
    tps: [
      `kubectl create secret generic api --from-literal=API_KEY=${apiKey}`,
      `kubectl -n prod create secret generic db \\\n  --from-literal=username=app \\\n  --from-literal=db-pass='${pw}'`,
    ],
    fps: [
      'kubectl create configmap app --from-literal=LOG_LEVEL=debugging',
      'kubectl create secret generic db --from-literal=password=${DB_PASSWORD}',
      'kubectl create secret generic db --from-literal=username=administrator',
    ],
  },
];

/**
 * The shell command containing `offset`, following `\` line continuations backwards; at most 2000
 * characters each way, scanned by hand so a 1 MB line costs the same per match as a short one.
 */
function commandAround(text: string, offset: number): string {
  const from = Math.max(0, offset - 2000);
  let start = offset;
  for (;;) {
    while (start > from && text.charCodeAt(start - 1) !== 10) start--;
    if (start - 2 >= from && text.charCodeAt(start - 2) === 92) start--;
    else break;
  }
  const to = Math.min(text.length, offset + 2000);
  let end = offset;
  while (end < to && text.charCodeAt(end) !== 10) end++;
  return text.slice(start, end);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
