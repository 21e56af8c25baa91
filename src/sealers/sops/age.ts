/**
 * The age key source (sops age/keysource.go): the data key is encrypted to one recipient per `enc`
 * entry, as an ASCII-armored age file (typage's armor output is byte-compatible with Go's).
 */
import { armor, Decrypter, Encrypter, type Identity } from 'age-encryption';
import { SealgateError } from '../../errors.ts';
import { isSshEd25519Recipient, sshEd25519Recipient } from './age-ssh.ts';

/** An age identity: an `AGE-SECRET-KEY-1…` string, or an object such as an SSH ed25519 key. */
export type AgeIdentity = string | Identity;

/** X25519 (`age1…`) and post-quantum hybrid (`age1pq1…`) recipients: what typage can encrypt to. */
const RECIPIENT = /^age1(pq1)?[02-9ac-hj-np-z]{50,}$/;

/** True when `s` is a recipient sealgate can encrypt to: `age1…`, `age1pq1…` or `ssh-ed25519 AAAA…`. */
export function isAgeRecipient(s: string): boolean {
  return RECIPIENT.test(s.trim()) || isSshEd25519Recipient(s);
}

/**
 * Encrypts the data key to one recipient.
 * @returns the armored age file, with its final newline, as sops stores it in `enc`.
 * @throws SealgateError('INPUT') when `recipient` is not an age recipient typage can use.
 */
export async function wrapDataKey(dataKey: Uint8Array, recipient: string): Promise<string> {
  const r = recipient.trim();
  const e = new Encrypter();
  try {
    if (isSshEd25519Recipient(r)) e.addRecipient(sshEd25519Recipient(r));
    else if (RECIPIENT.test(r)) e.addRecipient(r);
    else throw new Error('not an age recipient');
  } catch {
    // A pasted identity or any other string may be secret: only what looks like a public key is quoted.
    if (/^AGE-SECRET-KEY-/i.test(r)) throw new SealgateError('INPUT', 'an age identity (secret key) was given as a recipient: use its public key (age-keygen -y)');
    const shown = /^(age1|ssh-)/.test(r) ? `'${r}'` : `starting '${r.slice(0, 4)}…'`;
    throw new SealgateError('INPUT', `invalid age recipient ${shown} (expected age1… or ssh-ed25519 …)`);
  }
  return armor.encode(await e.encrypt(dataKey));
}

/**
 * Decrypts an `enc` entry with the first identity that fits.
 * @returns the data key, or undefined when none of `identities` is a recipient of it (or it is malformed).
 */
export async function unwrapDataKey(enc: string, identities: readonly AgeIdentity[]): Promise<Uint8Array | undefined> {
  if (identities.length === 0) return undefined;
  let file: Uint8Array;
  try {
    file = armor.decode(enc);
  } catch {
    return undefined; // not an armored age file: not ours to open
  }
  const d = new Decrypter();
  for (const id of identities) d.addIdentity(id);
  try {
    return await d.decrypt(file);
  } catch {
    return undefined; // no identity matched (or the stanza was not for us)
  }
}

/**
 * Checks an identity string.
 * @returns true when typage accepts it as an age identity.
 */
export function isAgeIdentity(s: string): boolean {
  if (!/^AGE-SECRET-KEY-(PQ-)?1[0-9A-Z]+$/.test(s)) return false;
  try {
    new Decrypter().addIdentity(s);
    return true;
  } catch {
    return false;
  }
}
