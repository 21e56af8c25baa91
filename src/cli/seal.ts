import { SealgateError } from '../errors.ts';
import { mergeInto, rawTarget, seal, sealRaw } from '../sealers/kubeseal/api.ts';
import { formatFromPath } from '../sealers/kubeseal/manifests.ts';
import { inspectCommand } from './inspect.ts';
import type { CliIO, CliResult } from './io.ts';
import {
  CERT_OPTIONS,
  finish,
  formatOption,
  parseCommandArgs,
  readFileBytes,
  readFileText,
  readInputText,
  resolveSealingKey,
  scopeOption,
} from './kubeseal-io.ts';

export const SEAL_HELP = `Usage: sealgate seal [FILE|-] [--cert CERT] [options]
       sealgate seal --raw [--from-file [KEY=]PATH] --name N --namespace NS [options]
       sealgate seal [FILE|-] --merge-into SEALED [options]
       sealgate seal --verify [FILE|-]

Seals Kubernetes Secrets into SealedSecrets that the Bitnami sealed-secrets controller decrypts,
as kubeseal does. Reads FILE, or stdin when FILE is '-' or missing: YAML documents, JSON, or a
kind: List. Every SealedSecret gets the annotation sealgate.io/cert-sha256 (the controller ignores it).

Certificate (the controller's public key):
  --cert FILE|URL             PEM CERTIFICATE (or PUBLIC KEY) from a file or an http(s):// URL
                              (default: $SEALED_SECRETS_CERT, else fetched from the cluster with kubectl)
  --controller-name NAME      the controller's Service (default sealed-secrets-controller; Helm: sealed-secrets)
  --controller-namespace NS   its namespace (default kube-system)
  --kubeconfig FILE           passed to kubectl
  --context NAME              passed to kubectl

Sealing:
  --scope SCOPE               strict (default: bound to name and namespace), namespace-wide, cluster-wide
  -n, --namespace NS          namespace for a Secret without one (a different one in the input is an error)
  --name NAME                 overrides metadata.name
  --allow-empty-data          seal a Secret that has no data
  --raw                       seal one value and print its bare base64 (no newline)
  --from-file [KEY=]PATH      with --raw: the value (default: stdin); KEY is ignored
  --merge-into SEALED         add or replace keys in an existing SealedSecret, sealed with its name,
                              namespace and scope; rewrites SEALED in place (or writes -w OUT)
  --verify                    check the input SealedSecret's structure instead (see 'sealgate inspect')

Output:
  -o, --format yaml|json      default: -w's extension, else the input's format
  -w, --write OUT             write OUT atomically instead of printing

Exit codes:
  0  sealed (or --verify found nothing wrong)
  1  --verify found problems
  2  usage or input error (one line on stderr naming file and line)
`;

const OPTIONS = {
  ...CERT_OPTIONS,
  scope: { type: 'string' },
  format: { type: 'string', short: 'o' },
  name: { type: 'string' },
  namespace: { type: 'string', short: 'n' },
  raw: { type: 'boolean' },
  'from-file': { type: 'string', multiple: true },
  'merge-into': { type: 'string' },
  'allow-empty-data': { type: 'boolean' },
  write: { type: 'string', short: 'w' },
  'secret-file': { type: 'string', short: 'f' },
  verify: { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `sealgate seal`: Secret(s) → SealedSecret(s), `--raw`, `--merge-into`, or `--verify`. */
export async function sealCommand(argv: string[], io: CliIO): Promise<CliResult> {
  const { values: v, positionals } = parseCommandArgs('seal', argv, OPTIONS);
  if (v.help) return { exitCode: 0, stdout: SEAL_HELP, stderr: '' };
  if (positionals.length > 1 || (positionals.length === 1 && v['secret-file'] !== undefined)) {
    throw new SealgateError('USAGE', 'seal takes one input (FILE, -f FILE or stdin)');
  }
  const inputPath = positionals[0] ?? v['secret-file'];
  if (v.verify) {
    const passOn = [...(inputPath !== undefined ? [inputPath] : ['-']), ...(v.cert !== undefined ? ['--cert', v.cert] : [])];
    return inspectCommand(passOn, io);
  }
  const scope = scopeOption(v.scope);
  const explicitFormat = formatOption(v.format);
  const fromFiles = v['from-file'] ?? [];
  if (fromFiles.length > 0 && !v.raw) throw new SealgateError('USAGE', '--from-file requires --raw');
  if (fromFiles.length > 1) throw new SealgateError('USAGE', 'must provide only one --from-file when encrypting a single item with --raw');
  if (v.raw && v['merge-into'] !== undefined) throw new SealgateError('USAGE', '--raw and --merge-into cannot be combined');

  if (v.raw) rawTarget(pick(v, scope)); // flag errors before any certificate is fetched
  const key = await resolveSealingKey(v, io);

  if (v.raw) {
    const from = fromFiles[0];
    // kubeseal's `--from-file key=path`: the key part only names the item, so it is ignored.
    const value = from !== undefined ? readFileBytes(from.includes('=') ? from.slice(from.indexOf('=') + 1) : from, io) : Buffer.from(await io.readStdin(), 'utf8');
    const r = sealRaw(value, { cert: key, ...pick(v, scope) });
    return finish(r.output, r.warnings, v.write, io);
  }

  const { text, file } = await readInputText(inputPath, io);
  const target = v['merge-into'];
  if (target !== undefined) {
    const r = mergeInto(readFileText(target, io), text, {
      cert: key,
      ...pick(v, scope),
      allowEmptyData: v['allow-empty-data'] ?? false,
      ...(explicitFormat ? { format: explicitFormat } : {}),
      file,
      targetFile: target,
    });
    return finish(r.output, r.warnings, v.write ?? target, io);
  }
  const format = explicitFormat ?? (v.write !== undefined ? formatFromPath(v.write) : undefined);
  const r = seal(text, { cert: key, ...pick(v, scope), allowEmptyData: v['allow-empty-data'] ?? false, ...(format ? { format } : {}), file });
  return finish(r.output, r.warnings, v.write, io);
}

function pick(v: { name?: string | undefined; namespace?: string | undefined }, scope: ReturnType<typeof scopeOption>) {
  return {
    ...(scope !== undefined ? { scope } : {}),
    ...(v.name !== undefined ? { name: v.name } : {}),
    ...(v.namespace !== undefined ? { namespace: v.namespace } : {}),
  };
}
