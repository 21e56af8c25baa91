import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SealgateError } from '../../errors.ts';

/** Where a certificate's PEM text came from, and the text. */
export interface CertText {
  text: string;
  /** The path, URL (credentials removed) or `kubectl: ns/name` it came from. */
  source: string;
}

const FETCH_TIMEOUT_MS = 30_000;

/**
 * Reads `--cert`: a local path (relative to `cwd`), or an `http(s)://` or `file://` URL (like kubeseal:
 * anything without a scheme, or with a one-letter Windows drive, is a path).
 * @throws SealgateError('INPUT') when the file cannot be read or the URL does not answer 200
 *   (`cannot fetch "<url>": <status>`).
 */
export async function readCertSource(spec: string, cwd: string, fetchImpl: typeof fetch = fetch): Promise<CertText> {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]+):/.exec(spec)?.[1]?.toLowerCase();
  if (scheme === undefined) return { text: readLocal(resolve(cwd, spec), spec), source: spec };
  if (scheme === 'file') return { text: readLocal(fileURLToPath(spec), spec), source: spec };
  if (scheme !== 'http' && scheme !== 'https') {
    throw new SealgateError('USAGE', `--cert: unsupported URL scheme "${scheme}:" (use a file path, http://, https:// or file://)`);
  }
  const { url, authorization } = splitCredentials(spec);
  const shown = url;
  let response: Response;
  try {
    // fetch refuses URLs with user:password@, so they travel as a Basic Authorization header (as Go's client sends them).
    const headers: Record<string, string> = authorization ? { authorization } : {};
    response = await fetchImpl(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow', headers });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    const why = err.cause?.code ?? (err.name === 'TimeoutError' ? `no answer within ${FETCH_TIMEOUT_MS / 1000}s` : (err.cause?.message ?? err.message));
    throw new SealgateError('INPUT', `cannot fetch "${shown}": ${why}`, undefined, undefined, { cause: e });
  }
  if (response.status !== 200) throw new SealgateError('INPUT', `cannot fetch "${shown}": ${response.status} ${response.statusText}`.trimEnd());
  return { text: await response.text(), source: shown };
}

function readLocal(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
    throw new SealgateError('INPUT', `cannot read certificate: ${why}`, shown);
  }
}

function splitCredentials(spec: string): { url: string; authorization?: string } {
  let u: URL;
  try {
    u = new URL(spec);
  } catch {
    throw new SealgateError('USAGE', '--cert: not a valid URL');
  }
  if (u.username === '' && u.password === '') return { url: u.toString() };
  const authorization = `Basic ${Buffer.from(`${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`).toString('base64')}`;
  u.username = '';
  u.password = '';
  return { url: u.toString(), authorization };
}

/** Which controller to ask, and how to reach the cluster (kubeseal's `--controller-*` and kubeconfig flags). */
export interface ControllerRef {
  /** Service name (kubeseal default `sealed-secrets-controller`; the Helm chart names it `sealed-secrets`). */
  name: string;
  /** Its namespace (default `kube-system`). */
  namespace: string;
  kubeconfig?: string;
  context?: string;
}

/** Runs a program; `missing` when it is not installed. */
export type CommandRunner = (file: string, args: readonly string[]) => Promise<{ exitCode: number; stdout: string; stderr: string; missing: boolean }>;

/** A runner on execa with the given environment only (so PATH and KUBECONFIG come from the caller's env). */
export function execaRunner(env: Record<string, string | undefined>, cwd: string): CommandRunner {
  return async (file, args) => {
    const { execa } = await import('execa'); // loaded only when a cluster is asked
    const r = await execa(file, [...args], { env, extendEnv: false, cwd, reject: false, timeout: 60_000, stdin: 'ignore' });
    return { exitCode: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr), missing: r.code === 'ENOENT' };
  };
}

/**
 * The kubectl calls that fetch the controller's certificate as kubeseal does through the API server's
 * service proxy: read the Service's first port name, then GET `/v1/cert.pem` through
 * `/api/v1/namespaces/<ns>/services/http:<name>:<port>/proxy`.
 */
export function kubectlCertArgs(ref: ControllerRef, portName?: string): string[] {
  const global = [...(ref.kubeconfig ? ['--kubeconfig', ref.kubeconfig] : []), ...(ref.context ? ['--context', ref.context] : [])];
  if (portName === undefined) return [...global, 'get', 'service', ref.name, '--namespace', ref.namespace, '-o', 'jsonpath={.spec.ports[0].name}'];
  const path = `/api/v1/namespaces/${encodeURIComponent(ref.namespace)}/services/http:${encodeURIComponent(ref.name)}:${encodeURIComponent(portName)}/proxy/v1/cert.pem`;
  return [...global, 'get', '--raw', path];
}

/**
 * Fetches the sealing certificate from the controller in the current kubectl context.
 * @throws SealgateError('INPUT') with one actionable line when kubectl is missing, there is no cluster,
 *   or the controller's Service cannot be found.
 */
export async function fetchControllerCert(ref: ControllerRef, run: CommandRunner): Promise<CertText> {
  const source = `controller ${ref.namespace}/${ref.name}`;
  const service = await run('kubectl', kubectlCertArgs(ref));
  if (service.missing) {
    throw new SealgateError('INPUT', 'kubectl not found on PATH: pass --cert FILE|URL (e.g. a cert from kubeseal --fetch-cert, or sealgate keygen --cert-out), or install kubectl');
  }
  if (service.exitCode !== 0) {
    throw new SealgateError(
      'INPUT',
      `cannot get the sealed-secrets service ${ref.namespace}/${ref.name} through kubectl (${firstLine(service.stderr)}): pass --cert FILE|URL, or set --controller-name/--controller-namespace (the Helm chart's service is "sealed-secrets")`,
    );
  }
  const cert = await run('kubectl', kubectlCertArgs(ref, service.stdout.trim()));
  if (cert.exitCode !== 0) throw new SealgateError('INPUT', `cannot fetch certificate from ${source} (${firstLine(cert.stderr)}): pass --cert FILE|URL`);
  return { text: cert.stdout, source };
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? 'no error output';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
