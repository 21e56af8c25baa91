/** File names kustomize gives meaning to, shared by the kustomize detector, `fix` and the remediation hints (a leaf: it imports nothing). */

/** The names kustomize reads as a kustomization, in its order of preference. */
export const KUSTOMIZATION_FILES: readonly string[] = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** True when the last part of `path` (repository-relative, `/`-separated) is a kustomization's name. */
export function isKustomizationPath(path: string): boolean {
  return KUSTOMIZATION_FILES.includes(path.slice(path.lastIndexOf('/') + 1));
}

/** Names a secretGenerator's `envs` usually read: `.env`, `.env.prod`, `app.env`, `secrets.env.local`. */
export const ENV_FILE_NAME = /(^|\/)(\.env|[^/]+\.env)(\.[^/]*)?$/i;
