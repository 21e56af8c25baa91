/** Where age identities may be, without loading any crypto (so `scan` can check cheaply). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The default key file: `$XDG_CONFIG_HOME/sops/age/keys.txt`, else `$HOME/.config/sops/age/keys.txt`. */
export function defaultKeyFile(env: Record<string, string | undefined>): string | undefined {
  const base = env['XDG_CONFIG_HOME'] || (env['HOME'] ? join(env['HOME'], '.config') : undefined);
  return base === undefined ? undefined : join(base, 'sops', 'age', 'keys.txt');
}

/** `~/.ssh/id_ed25519`, which sops tries whenever it exists. */
export function defaultSshKey(env: Record<string, string | undefined>): string | undefined {
  return env['HOME'] ? join(env['HOME'], '.ssh', 'id_ed25519') : undefined;
}

/** True when the environment names an identity source or a default key file exists. */
export function hasIdentitySource(env: Record<string, string | undefined>): boolean {
  if (env['SOPS_AGE_KEY'] || env['SOPS_AGE_KEY_FILE'] || env['SOPS_AGE_SSH_PRIVATE_KEY_FILE']) return true;
  return [defaultKeyFile(env), defaultSshKey(env)].some((f) => f !== undefined && existsSync(f));
}
