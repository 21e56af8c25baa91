/**
 * A precise remediation for one finding: the rule's advice with the finding's own file, object and key
 * filled in, and the command to run. Used by the text reporter (`fix:` lines) and by `sealgate fix` for
 * the findings it cannot fix itself. Never contains the secret: values appear as shell variables.
 */
import { posix } from 'node:path';
import { ENV_FILE_NAME } from '../kustomize-names.ts';
import type { Finding, KubernetesRef } from './finding.ts';

/** The remediation text, or undefined when the rule's generic help is all there is to say. */
export function remediationHint(f: Finding): string | undefined {
  const k = f.kubernetes;
  switch (f.ruleId) {
    case 'k8s-secret-plaintext':
    case 'k8s-secret-base64':
      return `Run \`sealgate fix ${shell(f.file)}\`: it replaces ${what(k, 'the Secret')} with a SealedSecret or SOPS file for the keys the seal: policy in .sealgate.yaml names for this path (or pass --cert CERT / --age RECIPIENT). Rotate the value if it was ever committed: it stays in Git history.`;
    case 'k8s-env-literal-secret':
      return envHint(f, k);
    case 'kustomize-secret-generator':
      return kustomizeHint(f, k);
    case 'k8s-configmap-secret': {
      const key = k?.key ?? 'KEY';
      const secret = `${k?.name ?? 'app'}-secrets`;
      return `Move key ${key} out of ${what(k, 'the ConfigMap')} into a Secret: ${createSecret(secret, k?.namespace, key, f.file)}; then mount it (volumes[].secret.secretName: ${secret}) or reference it (valueFrom.secretKeyRef: {name: ${secret}, key: ${key}}) instead of the ConfigMap key, delete the key from ${f.file}, and rotate the value.`;
    }
    case 'helm-values-secret':
      return `Take ${k?.key ?? 'the value'} out of ${f.file}: point the chart's existingSecret-style option at a sealed Secret (${createSecret('NAME', k?.namespace, lastPart(k?.key), f.file)}), or encrypt the values file with \`sealgate encrypt ${shell(f.file)} --in-place\` (helm-secrets, Flux and Argo CD plugins decrypt it); rotate the value.`;
    case 'kubeconfig-credential':
      return `Remove ${f.file} from the repository (\`git rm --cached ${shell(f.file)}\`, then add it to .gitignore), revoke the ${k?.key ?? 'credential'} of user ${k?.name ?? '(unnamed)'}, and authenticate with an exec credential plugin instead.`;
    default:
      return undefined;
  }
}

function envHint(f: Finding, k: KubernetesRef | undefined): string {
  const key = k?.key ?? '';
  const env = key.startsWith('env.') ? key.slice(4) : undefined;
  const secret = `${k?.name ?? 'app'}-secrets`;
  if (env !== undefined) {
    return `Move ${env} of ${what(k, 'the workload')} into a Secret: ${createSecret(secret, k?.namespace, env, f.file)}; then replace its \`value:\` with \`valueFrom: {secretKeyRef: {name: ${secret}, key: ${env}}}\` in ${f.file}, and rotate the value.`;
  }
  return `Pass the value of ${key || 'this argument'} through an environment variable from a Secret: ${createSecret(secret, k?.namespace, 'VALUE', f.file)}; add \`env: [{name: VALUE, valueFrom: {secretKeyRef: {name: ${secret}, key: VALUE}}}]\` and write the argument as $(VALUE) in ${f.file}; rotate the value.`;
}


function kustomizeHint(f: Finding, k: KubernetesRef | undefined): string {
  const name = k?.name ?? 'NAME';
  // An env file's key: reported in the env file itself, or in the kustomization as `ENVFILE:KEY`.
  const key = k?.key ?? '';
  const colon = key.lastIndexOf(':');
  const inEnvFile = ENV_FILE_NAME.test(f.file); // the kustomize rule reports those from their own side
  const envFile = inEnvFile ? f.file : colon > 0 ? posix.normalize(posix.join(posix.dirname(f.file), key.slice(0, colon))) : undefined;
  if (envFile !== undefined) {
    const dir = posix.dirname(inEnvFile ? envFile : f.file);
    const out = shell(dir === '.' ? `${name}.sealed.yaml` : `${dir}/${name}.sealed.yaml`);
    const ns = k?.namespace ? ` -n ${k.namespace}` : '';
    const kustomization = inEnvFile ? `the kustomization that reads ${envFile}` : f.file;
    return `Replace secretGenerator ${name} and its env file with a sealed Secret: \`kubectl create secret generic ${name}${ns} --from-env-file=${shell(envFile)} --dry-run=client -o yaml | sealgate seal --cert CERT -w ${out}\`, list it under resources: in ${kustomization} and delete the generator and ${envFile} (or encrypt ${envFile} with \`sealgate encrypt\` and generate the Secret with KSOPS); rotate the values.`;
  }
  return `Replace secretGenerator ${name} (${k?.key ?? 'its value'}) with a sealed Secret: ${createSecret(name, k?.namespace, k?.key ?? 'KEY', f.file)}, list it under resources: in ${f.file} and delete the generator's literal or file (or keep an env file encrypted with \`sealgate encrypt\` and generate it with KSOPS); rotate the value.`;
}

/** `kubectl create secret … | sealgate seal …` writing a sealed file next to `file`; the value comes from a shell variable. */
function createSecret(name: string, namespace: string | undefined, key: string, file: string): string {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const variable = key.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase() || 'VALUE';
  const ns = namespace ? ` -n ${namespace}` : '';
  return `\`kubectl create secret generic ${name}${ns} --from-literal=${key}="$${variable}" --dry-run=client -o yaml | sealgate seal --cert CERT -w ${shell(`${dir}${name}.sealed.yaml`)}\``;
}

function what(k: KubernetesRef | undefined, fallback: string): string {
  if (!k?.name) return fallback;
  return `${k.kind} ${k.namespace ? `${k.namespace}/` : ''}${k.name}`;
}

function lastPart(path: string | undefined): string {
  return path?.split('.').pop() || 'KEY';
}

/** A path as a shell word: quoted when it holds anything but safe characters. */
function shell(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
