/** The Kubernetes-aware detectors (category `secret-manifest`), in the order they run. */
import type { Scanner } from '../scanner.ts';
import { configMapScanner } from './configmap.ts';
import { envLiteralScanner } from './env-literal.ts';
import { helmValuesScanner } from './helm-values.ts';
import { kubeconfigScanner } from './kubeconfig.ts';
import { kustomizeScanner } from './kustomize.ts';
import { sealedTemplateScanner } from './sealedsecret-template.ts';
import { secretDataScanner } from './secret-data.ts';
import { sopsUnencryptedScanner } from './sops-unencrypted.ts';

/** Every manifest detector. Each is stateless, so the same objects serve every scan. */
export function k8sScanners(): Scanner[] {
  return [secretDataScanner, kustomizeScanner, envLiteralScanner, configMapScanner, kubeconfigScanner, helmValuesScanner, sealedTemplateScanner, sopsUnencryptedScanner];
}
