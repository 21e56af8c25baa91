/** Where a certificate's PEM text came from, and the text. */
export interface CertText {
    text: string;
    /** The path, URL (credentials removed) or `kubectl: ns/name` it came from. */
    source: string;
}
/**
 * Reads `--cert`: a local path (relative to `cwd`), or an `http(s)://` or `file://` URL (like kubeseal:
 * anything without a scheme, or with a one-letter Windows drive, is a path).
 * @throws SealgateError('INPUT') when the file cannot be read or the URL does not answer 200
 *   (`cannot fetch "<url>": <status>`).
 */
export declare function readCertSource(spec: string, cwd: string, fetchImpl?: typeof fetch): Promise<CertText>;
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
export type CommandRunner = (file: string, args: readonly string[]) => Promise<{
    exitCode: number;
    stdout: string;
    stderr: string;
    missing: boolean;
}>;
/** A runner on execa with the given environment only (so PATH and KUBECONFIG come from the caller's env). */
export declare function execaRunner(env: Record<string, string | undefined>, cwd: string): CommandRunner;
/**
 * The kubectl calls that fetch the controller's certificate as kubeseal does through the API server's
 * service proxy: read the Service's first port name, then GET `/v1/cert.pem` through
 * `/api/v1/namespaces/<ns>/services/http:<name>:<port>/proxy`.
 */
export declare function kubectlCertArgs(ref: ControllerRef, portName?: string): string[];
/**
 * Fetches the sealing certificate from the controller in the current kubectl context.
 * @throws SealgateError('INPUT') with one actionable line when kubectl is missing, there is no cluster,
 *   or the controller's Service cannot be found.
 */
export declare function fetchControllerCert(ref: ControllerRef, run: CommandRunner): Promise<CertText>;
