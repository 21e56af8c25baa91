/** File names kustomize gives meaning to, shared by the kustomize detector, `fix` and the remediation hints (a leaf: it imports nothing). */
/** The names kustomize reads as a kustomization, in its order of preference. */
export declare const KUSTOMIZATION_FILES: readonly string[];
/** True when the last part of `path` (repository-relative, `/`-separated) is a kustomization's name. */
export declare function isKustomizationPath(path: string): boolean;
/** Names a secretGenerator's `envs` usually read: `.env`, `.env.prod`, `app.env`, `secrets.env.local`. */
export declare const ENV_FILE_NAME: RegExp;
