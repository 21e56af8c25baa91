import { type Identity, type Recipient } from 'age-encryption';
/** True for an `ssh-ed25519 AAAA…` recipient line. */
export declare function isSshEd25519Recipient(s: string): boolean;
/**
 * An `ssh-ed25519` recipient for typage's Encrypter.
 * @throws SealgateError('INPUT') when `line` is not an ssh-ed25519 public key.
 */
export declare function sshEd25519Recipient(line: string): Recipient;
/**
 * An identity from an unencrypted OpenSSH ed25519 private key (`-----BEGIN OPENSSH PRIVATE KEY-----`).
 * @returns undefined for another key type (e.g. RSA), which sealgate does not handle.
 * @throws SealgateError('INPUT') for a malformed or passphrase-protected key (never quoting it).
 */
export declare function sshEd25519Identity(pem: string): Identity | undefined;
