/** The default key file: `$XDG_CONFIG_HOME/sops/age/keys.txt`, else `$HOME/.config/sops/age/keys.txt`. */
export declare function defaultKeyFile(env: Record<string, string | undefined>): string | undefined;
/** `~/.ssh/id_ed25519`, which sops tries whenever it exists. */
export declare function defaultSshKey(env: Record<string, string | undefined>): string | undefined;
/** True when the environment names an identity source or a default key file exists. */
export declare function hasIdentitySource(env: Record<string, string | undefined>): boolean;
