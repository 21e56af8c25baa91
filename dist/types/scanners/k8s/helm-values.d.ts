/**
 * `helm-values-secret`: literal secrets in Helm values — `values*.yaml` files, Argo CD
 * `Application.spec.source(s).helm.values` (a YAML string) / `valuesObject`, and Flux
 * `HelmRelease.spec.values`. A leaf is reported when its key says secret (`password`, `rootPassword`,
 * `apiKey`, `auth.token`…) and its value is a literal: not `""`, not a placeholder or reference, not
 * `existingSecret`-style settings (the safe idiom), not a template.
 */
import type { RuleMeta } from '../../findings/finding.js';
import type { Scanner } from '../scanner.js';
export declare const helmValuesRule: RuleMeta;
export declare const helmValuesScanner: Scanner;
