/**
 * age's `ssh-ed25519` recipient type (filippo.io/age/agessh), which sops uses for `ssh-ed25519 AAAA…`
 * recipients and for `~/.ssh/id_ed25519` / SOPS_AGE_SSH_PRIVATE_KEY_FILE identities: the Ed25519 key is
 * mapped to X25519, the shared secret tweaked with HKDF of the SSH public key, and the file key wrapped
 * with ChaCha20-Poly1305. Checked against Debian's `age` CLI in test/sops.age-cli.test.ts.
 */
import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, diffieHellman, hkdfSync, randomBytes } from 'node:crypto';
import { Stanza, type Identity, type Recipient } from 'age-encryption';
import { SealgateError } from '../../errors.ts';

const LABEL = 'age-encryption.org/v1/ssh-ed25519';
const P = 2n ** 255n - 19n;
const BASEPOINT = Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? 9 : 0));
const PKCS8_X25519 = Buffer.from('302e020100300506032b656e04220420', 'hex');
const SPKI_X25519 = Buffer.from('302a300506032b656e032100', 'hex');

function x25519(scalar: Uint8Array, point: Uint8Array): Uint8Array {
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_X25519, scalar]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey({ key: Buffer.concat([SPKI_X25519, point]), format: 'der', type: 'spki' });
  return new Uint8Array(diffieHellman({ privateKey, publicKey }));
}

const b64raw = (b: Uint8Array) => Buffer.from(b).toString('base64').replace(/=+$/, '');
const hkdf = (ikm: Uint8Array, salt: Uint8Array, length = 32) => new Uint8Array(hkdfSync('sha256', ikm, salt, LABEL, length));

function modPow(b: bigint, e: bigint): bigint {
  let r = 1n;
  let x = b % P;
  for (let k = e; k > 0n; k >>= 1n) {
    if (k & 1n) r = (r * x) % P;
    x = (x * x) % P;
  }
  return r;
}

/** An Ed25519 public key as the X25519 point u = (1 + y) / (1 - y). */
function edwardsToMontgomery(pub: Uint8Array): Uint8Array {
  let y = 0n;
  for (let i = 31; i >= 0; i--) y = (y << 8n) | BigInt(pub[i] as number);
  y &= (1n << 255n) - 1n;
  if (y >= P || y === 1n) throw new SealgateError('INPUT', 'invalid ssh-ed25519 public key');
  let u = ((1n + y) * modPow((1n - y + P) % P, P - 2n)) % P;
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++, u >>= 8n) out[i] = Number(u & 0xffn);
  return out;
}

/** Reads SSH wire strings (uint32 length + bytes). */
class Wire {
  readonly #b: Buffer;
  #i = 0;

  constructor(b: Buffer) {
    this.#b = b;
  }

  string(): Buffer {
    if (this.#i + 4 > this.#b.length) throw new SealgateError('INPUT', 'truncated SSH key');
    const n = this.#b.readUInt32BE(this.#i);
    const s = this.#b.subarray(this.#i + 4, this.#i + 4 + n);
    if (s.length !== n) throw new SealgateError('INPUT', 'truncated SSH key');
    this.#i += 4 + n;
    return s;
  }

  uint32(): number {
    if (this.#i + 4 > this.#b.length) throw new SealgateError('INPUT', 'truncated SSH key');
    const n = this.#b.readUInt32BE(this.#i);
    this.#i += 4;
    return n;
  }
}

/** The key's wire form and its 32 raw bytes, from `ssh-ed25519 AAAA… [comment]` or the wire form. */
function parsePublic(wire: Buffer): { wire: Buffer; key: Uint8Array } {
  const r = new Wire(wire);
  const type = r.string().toString('latin1');
  const key = r.string();
  if (type !== 'ssh-ed25519' || key.length !== 32) throw new SealgateError('INPUT', 'not an ssh-ed25519 public key');
  return { wire, key: new Uint8Array(key) };
}

/** True for an `ssh-ed25519 AAAA…` recipient line. */
export function isSshEd25519Recipient(s: string): boolean {
  return /^ssh-ed25519 [A-Za-z0-9+/]+={0,2}( .*)?$/.test(s.trim());
}

/** The 4-byte tag age puts in the stanza so identities can skip stanzas for other keys. */
function fingerprint(wire: Uint8Array): string {
  return b64raw(createHash('sha256').update(wire).digest().subarray(0, 4));
}

function seal(key: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const c = createCipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: 16 });
  return new Uint8Array(Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()]));
}

function open(key: Uint8Array, sealed: Uint8Array): Uint8Array | null {
  if (sealed.length < 16) return null;
  try {
    const d = createDecipheriv('chacha20-poly1305', key, Buffer.alloc(12), { authTagLength: 16 });
    d.setAuthTag(sealed.subarray(sealed.length - 16));
    return new Uint8Array(Buffer.concat([d.update(sealed.subarray(0, sealed.length - 16)), d.final()]));
  } catch {
    return null; // wrong key: the stanza is not for this identity
  }
}

/**
 * An `ssh-ed25519` recipient for typage's Encrypter.
 * @throws SealgateError('INPUT') when `line` is not an ssh-ed25519 public key.
 */
export function sshEd25519Recipient(line: string): Recipient {
  const b64 = line.trim().split(/\s+/)[1] ?? '';
  const { wire, key } = parsePublic(Buffer.from(b64, 'base64'));
  const theirs = edwardsToMontgomery(key);
  const tweak = hkdf(new Uint8Array(), wire);
  return {
    wrapFileKey(fileKey: Uint8Array): Stanza[] {
      const ephemeral = new Uint8Array(randomBytes(32));
      const ours = x25519(ephemeral, BASEPOINT);
      const shared = x25519(tweak, x25519(ephemeral, theirs));
      const wrappingKey = hkdf(shared, Buffer.concat([ours, theirs]));
      return [new Stanza(['ssh-ed25519', fingerprint(wire), b64raw(ours)], seal(wrappingKey, fileKey))];
    },
  };
}

/**
 * An identity from an unencrypted OpenSSH ed25519 private key (`-----BEGIN OPENSSH PRIVATE KEY-----`).
 * @returns undefined for another key type (e.g. RSA), which sealgate does not handle.
 * @throws SealgateError('INPUT') for a malformed or passphrase-protected key (never quoting it).
 */
export function sshEd25519Identity(pem: string): Identity | undefined {
  const m = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(pem);
  if (!m) throw new SealgateError('INPUT', 'not an OpenSSH private key');
  const raw = Buffer.from((m[1] as string).replace(/\s+/g, ''), 'base64');
  const magic = Buffer.from('openssh-key-v1\0', 'latin1');
  if (!raw.subarray(0, magic.length).equals(magic)) throw new SealgateError('INPUT', 'not an OpenSSH private key');
  const r = new Wire(raw.subarray(magic.length));
  const cipher = r.string().toString('latin1');
  r.string(); // kdf name
  r.string(); // kdf options
  if (r.uint32() !== 1) throw new SealgateError('INPUT', 'OpenSSH key files with several keys are not supported');
  const pubWire = r.string();
  if (new Wire(pubWire).string().toString('latin1') !== 'ssh-ed25519') return undefined;
  if (cipher !== 'none') throw new SealgateError('INPUT', 'passphrase-protected SSH keys are not supported');
  const priv = new Wire(r.string());
  if (priv.uint32() !== priv.uint32()) throw new SealgateError('INPUT', 'corrupt OpenSSH private key');
  priv.string(); // key type
  priv.string(); // public key
  const secret = priv.string();
  if (secret.length !== 64) throw new SealgateError('INPUT', 'corrupt OpenSSH private key');
  const { wire, key } = parsePublic(pubWire);
  const scalar = new Uint8Array(createHash('sha512').update(secret.subarray(0, 32)).digest().subarray(0, 32));
  const ours = edwardsToMontgomery(key);
  const tweak = hkdf(new Uint8Array(), wire);
  const tag = fingerprint(wire);
  return {
    unwrapFileKey(stanzas: Stanza[]): Uint8Array | null {
      for (const s of stanzas) {
        if (s.args[0] !== 'ssh-ed25519' || s.args[1] !== tag) continue;
        if (s.args.length !== 3) throw new Error('invalid ssh-ed25519 stanza');
        const theirs = Buffer.from(s.args[2] as string, 'base64');
        if (theirs.length !== 32) throw new Error('invalid ssh-ed25519 stanza');
        const shared = x25519(tweak, x25519(scalar, theirs));
        const fileKey = open(hkdf(shared, Buffer.concat([theirs, ours])), s.body);
        if (fileKey) return fileKey;
      }
      return null;
    },
  };
}
