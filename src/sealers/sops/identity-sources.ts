/** Where age identities may be, without loading any crypto (so `scan` can check cheaply). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The default key file: `$XDG_CONFIG_HOME/sops/age/keys.txt`, else `$HOME/.config/sops/age/keys.txt`. */
export function defaultKeyFile(env: Record<string, string | undefined>): string | undefined {
  const base = env['XDG_CONFIG_HOME'] || (env['HOME'] ? join(env['HOME'], '.config') : undefined);
  return base === undefined ? undefined : join(base, 'sops', 'age', 'keys.txt');
}

/** True when the environment names an identity source or the default key file exists. */
export function hasIdentitySource(env: Record<string, string | undefined>): boolean {
  if (env['SOPS_AGE_KEY'] || env['SOPS_AGE_KEY_FILE']) return true;
  const file = defaultKeyFile(env);
  return file !== undefined && existsSync(file);
}
