/**
 * Where sops finds age identities for decryption (age/keysource.go loadIdentities), all sources merged:
 * the SSH key in `SOPS_AGE_SSH_PRIVATE_KEY_FILE` or `~/.ssh/id_ed25519`, `SOPS_AGE_KEY` (keys separated
 * by whitespace or lines), the file `SOPS_AGE_KEY_FILE`, and `$XDG_CONFIG_HOME/sops/age/keys.txt` or
 * `~/.config/sops/age/keys.txt`. Environment from the caller (the CLI's `io.env`), never from the process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SealgateError } from '../../errors.ts';
import { isAgeIdentity, type AgeIdentity } from './age.ts';
import { sshEd25519Identity } from './age-ssh.ts';
import { defaultKeyFile, defaultSshKey } from './identity-sources.ts';

export { defaultKeyFile } from './identity-sources.ts';

export interface AgeIdentities {
  identities: AgeIdentity[];
  /** Where they came from, for messages ("SOPS_AGE_KEY", a file path). */
  sources: string[];
}

/**
 * Parses identity text: one identity per line (or several separated by whitespace), `#` lines and blank
 * lines ignored.
 * @throws SealgateError('INPUT') naming `source` and the line (never its content) for anything else,
 * or for a passphrase-protected identity file.
 */
export function parseIdentities(text: string, source: string): string[] {
  if (/^\s*(age-encryption\.org|-----BEGIN AGE)/.test(text)) {
    throw new SealgateError('INPUT', 'passphrase-protected age identity files are not supported', source);
  }
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) return;
    for (const word of t.split(/\s+/)) {
      if (!isAgeIdentity(word)) throw new SealgateError('INPUT', 'not an age identity (expected AGE-SECRET-KEY-1…)', source, i + 1);
      out.push(word);
    }
  });
  return out;
}

function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new SealgateError('INPUT', `cannot read age identities: ${(e as NodeJS.ErrnoException).code ?? 'error'}`, path);
  }
}

/**
 * Loads every age identity the environment provides.
 * @throws SealgateError('INPUT') when a configured source is unreadable or malformed.
 */
export function loadAgeIdentities(env: Record<string, string | undefined>): AgeIdentities {
  const result: AgeIdentities = { identities: [], sources: [] };
  const add = (ids: AgeIdentity[], source: string) => {
    if (!ids.length) return;
    result.identities.push(...ids);
    result.sources.push(source);
  };
  const sshFile = env['SOPS_AGE_SSH_PRIVATE_KEY_FILE'];
  if (sshFile) {
    const id = sshEd25519Identity(readKeyFile(sshFile));
    if (!id) throw new SealgateError('INPUT', 'only ssh-ed25519 keys are supported', sshFile);
    add([id], sshFile);
  }
  const sshDefault = defaultSshKey(env);
  if (sshDefault !== undefined && existsSync(sshDefault)) {
    // Like sops, the default key is tried when it exists; one sealgate cannot use (RSA, or protected by a
    // passphrase it cannot prompt for) is passed over instead of failing every decryption.
    try {
      const id = sshEd25519Identity(readKeyFile(sshDefault));
      if (id) add([id], sshDefault);
    } catch (e) {
      if (!(e instanceof SealgateError)) throw e;
    }
  }
  const inline = env['SOPS_AGE_KEY'];
  if (inline) add(parseIdentities(inline, 'SOPS_AGE_KEY'), 'SOPS_AGE_KEY');
  const file = env['SOPS_AGE_KEY_FILE'];
  if (file) add(parseIdentities(readKeyFile(file), file), file);
  const fallback = defaultKeyFile(env);
  if (fallback !== undefined && existsSync(fallback)) add(parseIdentities(readKeyFile(fallback), fallback), fallback);
  return result;
}
