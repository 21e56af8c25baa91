/**
 * Whole-file SOPS operations: encrypt, decrypt (MAC checked), rotate (new data key), update keys (same
 * data key, new recipients) and status. Pure over bytes: reading and writing files is the caller's job.
 */
import { randomBytes } from 'node:crypto';
import { SealgateError } from '../../errors.ts';
import { readSopsMetadata, type SopsKeyGroup, type SopsMetadata } from '../../parse/sops/metadata.ts';
import { compileSelector, DEFAULT_SELECTOR, type CompiledSelector, type Selector } from '../../parse/sops/selector.ts';
import { unwrapDataKey, wrapDataKey, type AgeIdentity } from './age.ts';
import { decryptMac, encryptMac, rfc3339Now } from './mac.ts';
import { metadataToBranch, SOPS_FORMAT_VERSION } from './metadata.ts';
import { combineShares, splitSecret } from './shamir.ts';
import { storeFor, type SopsFormat } from './stores/index.ts';
import { decryptTree, encryptTree } from './tree.ts';
import { isBranch, isComment, type Branch, type Value } from './values.ts';

/** The Kubernetes idiom: only `data`/`stringData` are encrypted, so the file still applies with kubectl. */
export const KUBERNETES_SELECTOR: Selector = { kind: 'encrypted_regex', value: '^(data|stringData)$' };

export interface SopsEncryptOptions {
  /** Format of the input (and of the output unless `outputFormat`). */
  format: SopsFormat;
  outputFormat?: SopsFormat;
  /** age recipients per key group; one group is the normal case, several use Shamir secret sharing. */
  keyGroups: string[][];
  /** Shares needed to recover the data key with several groups (default: all). */
  shamirThreshold?: number;
  /**
   * Which values to encrypt. Default: `encrypted_regex: ^(data|stringData)$` when the file holds a
   * Kubernetes Secret, else `unencrypted_suffix: _unencrypted`. Ignored for binary files.
   */
  selector?: Selector;
  macOnlyEncrypted?: boolean;
  /** Clock for `lastmodified` (tests). */
  now?: Date;
}

export interface SopsEncryptResult {
  output: string;
  /** The selector used and why: given, or the Kubernetes or general default. */
  selector: Selector;
  selectorSource: 'given' | 'kubernetes-default' | 'default';
}

export interface SopsDecryptOptions {
  format: SopsFormat;
  outputFormat?: SopsFormat;
  /** age identities (`AGE-SECRET-KEY-1…` strings or SSH ed25519 key objects). */
  identities: readonly AgeIdentity[];
  /** Skip the MAC check (`--ignore-mac`): for recovering a damaged file only. */
  ignoreMac?: boolean;
  /** sops' `--extract` path, e.g. `["data"]["password"]`. */
  extract?: string;
}

function compile(selector: Selector): CompiledSelector {
  const r = compileSelector(selector);
  if (!r.ok) throw new SealgateError('INPUT', r.error);
  return r.compiled;
}

function topKeys(doc: Branch | undefined): Map<string, Value> {
  const m = new Map<string, Value>();
  for (const item of doc?.items ?? []) if (!isComment(item)) m.set(item.key, item.value);
  return m;
}

/** True when a document is a Kubernetes Secret (`kind: Secret`). */
export function holdsKubernetesSecret(docs: readonly Branch[]): boolean {
  return docs.some((d) => topKeys(d).get('kind') === 'Secret');
}

function alreadyEncrypted(format: SopsFormat, docs: readonly Branch[], bytes: Uint8Array): boolean {
  const keys = topKeys(docs[0]);
  if (format === 'dotenv') return [...keys.keys()].some((k) => k.startsWith('sops_'));
  if (format === 'binary') {
    try {
      const loaded = storeFor('json').loadEncrypted(bytes);
      return loaded.metadata !== undefined && topKeys(loaded.docs[0]).has('data');
    } catch {
      return false; // not JSON: an ordinary binary file
    }
  }
  return keys.has('sops');
}

async function wrapForGroups(dataKey: Uint8Array, keyGroups: string[][], threshold: number | undefined): Promise<SopsKeyGroup[]> {
  if (keyGroups.length === 0 || keyGroups.some((g) => g.length === 0)) throw new SealgateError('USAGE', 'no age recipients to encrypt to');
  const parts = keyGroups.length === 1 ? [dataKey] : splitSecret(dataKey, keyGroups.length, threshold ?? keyGroups.length);
  const groups: SopsKeyGroup[] = [];
  for (const [i, recipients] of keyGroups.entries()) {
    const part = parts[i] as Uint8Array;
    const age = [];
    for (const recipient of recipients) age.push({ recipient: recipient.trim(), enc: await wrapDataKey(part, recipient) });
    groups.push({ age, other: {} });
  }
  return groups;
}

/**
 * Encrypts a plaintext file.
 * @throws SealgateError('INPUT') for unparseable input, an already encrypted file or a bad selector;
 * ('USAGE') when there are no recipients.
 */
export async function encryptSops(input: Uint8Array, options: SopsEncryptOptions): Promise<SopsEncryptResult> {
  const store = storeFor(options.format);
  const docs = store.loadPlain(input);
  if (alreadyEncrypted(options.format, docs, input)) throw new SealgateError('INPUT', 'the file is already encrypted with SOPS');
  const binary = options.format === 'binary' || options.outputFormat === 'binary';
  let selector: Selector;
  let selectorSource: SopsEncryptResult['selectorSource'];
  if (options.selector && !binary) [selector, selectorSource] = [options.selector, 'given'];
  else if (!binary && holdsKubernetesSecret(docs)) [selector, selectorSource] = [KUBERNETES_SELECTOR, 'kubernetes-default'];
  else [selector, selectorSource] = [DEFAULT_SELECTOR, 'default'];

  const dataKey = new Uint8Array(randomBytes(32));
  const macOnlyEncrypted = options.macOnlyEncrypted ?? false;
  const result = encryptTree(docs, dataKey, { selector: compile(selector), macOnlyEncrypted });
  const lastModified = rfc3339Now(options.now);
  const metadata: SopsMetadata = {
    keyGroups: await wrapForGroups(dataKey, options.keyGroups, options.shamirThreshold),
    usesKeyGroups: options.keyGroups.length > 1,
    shamirThreshold: options.keyGroups.length > 1 ? (options.shamirThreshold ?? options.keyGroups.length) : undefined,
    lastModified,
    mac: encryptMac(result.mac, dataKey, lastModified),
    selector,
    macOnlyEncrypted,
    version: SOPS_FORMAT_VERSION,
  };
  const out = storeFor(options.outputFormat ?? options.format);
  return { output: out.emitEncrypted(result.docs, metadataToBranch(metadata, { writeSelector: !binary })), selector, selectorSource };
}

interface OpenedFile {
  docs: Branch[];
  metadata: SopsMetadata;
}

/**
 * Splits an encrypted file into its documents and metadata.
 * @throws SealgateError('INPUT') when the file has no (or invalid) SOPS metadata.
 */
export function openSops(input: Uint8Array, format: SopsFormat): OpenedFile {
  const loaded = storeFor(format).loadEncrypted(input);
  if (loaded.metadata === undefined) throw new SealgateError('INPUT', 'not a SOPS-encrypted file (no sops metadata)');
  const r = readSopsMetadata(loaded.metadata);
  if (!r.ok) throw new SealgateError('INPUT', r.error);
  return { docs: loaded.docs, metadata: r.metadata };
}

/**
 * Recovers the data key: per key group the first age key an identity opens; several groups are
 * combined with Shamir once the threshold is reached.
 * @throws SealgateError('CRYPTO') when no identity opens enough groups.
 */
export async function recoverDataKey(metadata: SopsMetadata, identities: readonly AgeIdentity[]): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (const group of metadata.keyGroups) {
    for (const key of group.age) {
      const part = await unwrapDataKey(key.enc, identities);
      if (part) {
        parts.push(part);
        break;
      }
    }
  }
  const groups = metadata.keyGroups.length;
  const threshold = groups === 1 ? 1 : (metadata.shamirThreshold ?? groups);
  const recipients = metadata.keyGroups.flatMap((g) => g.age.map((k) => k.recipient));
  if (parts.length < threshold) {
    if (identities.length === 0) {
      throw new SealgateError('CRYPTO', 'no age identity found: set SOPS_AGE_KEY or SOPS_AGE_KEY_FILE, or create ~/.config/sops/age/keys.txt');
    }
    const tried = identities.length === 1 ? '1 identity' : `${identities.length} identities`;
    const other = metadata.keyGroups.flatMap((g) => Object.keys(g.other));
    const also = other.length ? `; sealgate cannot use its ${[...new Set(other)].join(', ')} keys` : '';
    throw new SealgateError('CRYPTO', `cannot decrypt the data key: none of the ${tried} matches the file's age recipients (${recipients.join(', ') || 'none'})${also}`);
  }
  const key = groups === 1 ? (parts[0] as Uint8Array) : combineShares(parts.slice(0, threshold));
  if (key.length !== 32) throw new SealgateError('CRYPTO', 'the recovered data key is not 32 bytes');
  return key;
}

function settings(metadata: SopsMetadata) {
  return { selector: compile(metadata.selector), macOnlyEncrypted: metadata.macOnlyEncrypted };
}

/**
 * Decrypts and checks the MAC: the documents in plaintext and the data key.
 * @throws SealgateError('CRYPTO') on a MAC mismatch, a missing MAC, an undecryptable value or data key.
 */
export async function decryptSopsTree(opened: OpenedFile, identities: readonly AgeIdentity[], ignoreMac = false): Promise<{ docs: Branch[]; dataKey: Uint8Array }> {
  const dataKey = await recoverDataKey(opened.metadata, identities);
  const { docs, mac } = decryptTree(opened.docs, dataKey, settings(opened.metadata));
  if (!ignoreMac) {
    const stored = decryptMac(opened.metadata.mac, dataKey, opened.metadata.lastModified);
    if (stored === '') throw new SealgateError('CRYPTO', 'the file has no MAC (use --ignore-mac to decrypt it anyway)');
    if (stored !== mac) throw new SealgateError('CRYPTO', 'MAC mismatch: the file was changed after it was encrypted (use --ignore-mac to decrypt it anyway)');
  }
  return { docs, dataKey };
}

/**
 * Decrypts a file.
 * @returns the plaintext in the output format (raw bytes for binary).
 * @throws SealgateError as {@link decryptSopsTree}, and ('INPUT') for a bad `extract` path.
 */
export async function decryptSops(input: Uint8Array, options: SopsDecryptOptions): Promise<string | Uint8Array> {
  const opened = openSops(input, options.format);
  const { docs } = await decryptSopsTree(opened, options.identities, options.ignoreMac);
  const out = storeFor(options.outputFormat ?? options.format);
  if (options.extract !== undefined) {
    const v = extract(docs[0] as Branch, options.extract);
    if (typeof v === 'string') return v;
    return out.emitValue(v);
  }
  return out.emitPlain(docs);
}

/** Follows a sops `--extract` path (`["a"][0]["b"]`) into a document. */
export function extract(doc: Branch, path: string): Value {
  const steps: (string | number)[] = [];
  const re = /\[(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\d+))\]/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(path))) {
    steps.push(m[3] !== undefined ? Number(m[3]) : (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
    end = re.lastIndex;
  }
  if (end !== path.length || steps.length === 0) throw new SealgateError('USAGE', `--extract: expected a path like ["key"][0], got '${path}'`);
  let v: Value = doc;
  for (const step of steps) {
    if (typeof step === 'number' && Array.isArray(v)) {
      const els = v.filter((x) => !isComment(x));
      if (step >= els.length) throw new SealgateError('INPUT', `--extract: index ${step} is out of range`);
      v = els[step] as Value;
    } else if (typeof step === 'string' && isBranch(v)) {
      const item = v.items.find((i) => !isComment(i) && i.key === step) as { value: Value } | undefined;
      if (!item) throw new SealgateError('INPUT', `--extract: key '${step}' not found`);
      v = item.value;
    } else {
      throw new SealgateError('INPUT', `--extract: cannot take ${typeof step === 'number' ? `index ${step}` : `key '${step}'`} here`);
    }
  }
  return v;
}

/**
 * Rotates the data key: checks the MAC, generates a new key, re-encrypts every value and re-wraps the
 * key for the same recipients. `version` is kept (sops rotate does not change it).
 * @throws SealgateError as {@link decryptSopsTree}; ('CRYPTO') when the file has non-age keys.
 */
export async function rotateSops(input: Uint8Array, options: { format: SopsFormat; identities: readonly AgeIdentity[]; now?: Date }): Promise<string> {
  const opened = openSops(input, options.format);
  const { docs } = await decryptSopsTree(opened, options.identities);
  const m = opened.metadata;
  metadataToBranch(m, { writeSelector: true }); // refuses pgp/kms groups before any work is done
  const dataKey = new Uint8Array(randomBytes(32));
  const result = encryptTree(docs, dataKey, settings(m));
  const lastModified = rfc3339Now(options.now);
  const keyGroups = await wrapForGroups(dataKey, m.keyGroups.map((g) => g.age.map((k) => k.recipient)), m.shamirThreshold);
  const metadata: SopsMetadata = { ...m, keyGroups, lastModified, mac: encryptMac(result.mac, dataKey, lastModified) };
  return storeFor(options.format).emitEncrypted(result.docs, metadataToBranch(metadata, { writeSelector: options.format !== 'binary' }));
}

export interface UpdateKeysResult {
  changed: boolean;
  added: string[];
  removed: string[];
  /** The rewritten file when `changed`. */
  output?: string;
}

/**
 * Replaces the file's recipients with `keyGroups`, re-wrapping the same data key: values, MAC,
 * `lastmodified` and `version` are unchanged (sops updatekeys; no MAC check, as sops).
 * @throws SealgateError('CRYPTO') when no identity opens the data key.
 */
export async function updateSopsKeys(
  input: Uint8Array,
  options: { format: SopsFormat; identities: readonly AgeIdentity[]; keyGroups: string[][]; shamirThreshold?: number },
): Promise<UpdateKeysResult> {
  const opened = openSops(input, options.format);
  const m = opened.metadata;
  const before = m.keyGroups.map((g) => [...g.age.map((k) => k.recipient), ...Object.entries(g.other).flatMap(([t, l]) => l.map((_, i) => `${t}#${i}`))]);
  const after = options.keyGroups.map((g) => g.map((r) => r.trim()));
  const flatBefore = new Set(before.flat());
  const flatAfter = new Set(after.flat());
  const added = [...flatAfter].filter((r) => !flatBefore.has(r));
  const removed = [...flatBefore].filter((r) => !flatAfter.has(r));
  const sameGroups = before.length === after.length && before.every((g, i) => sameSet(g, after[i] as string[]));
  const threshold = after.length > 1 ? Math.min(options.shamirThreshold ?? m.shamirThreshold ?? after.length, after.length) : undefined;
  if (sameGroups && threshold === m.shamirThreshold) return { changed: false, added: [], removed: [] };
  const dataKey = await recoverDataKey(m, options.identities);
  const keyGroups = await wrapForGroups(dataKey, after, threshold);
  const metadata: SopsMetadata = { ...m, keyGroups, usesKeyGroups: after.length > 1, shamirThreshold: threshold };
  const output = storeFor(options.format).emitEncrypted(opened.docs, metadataToBranch(metadata, { writeSelector: options.format !== 'binary' }));
  return { changed: true, added, removed, output };
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * sops filestatus: encrypted when the file has valid metadata with a MAC and a version.
 * @throws SealgateError('INPUT') when the file has a `sops` block that is broken, or cannot be parsed.
 */
export function sopsFileStatus(input: Uint8Array, format: SopsFormat): { encrypted: boolean } {
  if (format === 'binary' && !alreadyEncrypted('binary', [], input)) return { encrypted: false };
  const loaded = storeFor(format).loadEncrypted(input);
  if (loaded.metadata === undefined) return { encrypted: false };
  const r = readSopsMetadata(loaded.metadata);
  if (!r.ok) throw new SealgateError('INPUT', r.error);
  return { encrypted: r.metadata.mac !== '' && r.metadata.version !== '' };
}

/** What {@link verifySops} found (the scanner's `SopsVerifyResult`). */
export type SopsVerifyOutcome = 'verified' | 'mismatch' | 'no-identity' | 'not-sops';

/**
 * Checks a file's MAC without returning any plaintext: `mismatch` when a value or the MAC fails
 * authentication or the MAC is missing, `no-identity` when no identity opens the data key.
 */
export async function verifySops(input: Uint8Array, format: SopsFormat, identities: readonly AgeIdentity[]): Promise<SopsVerifyOutcome> {
  let opened: OpenedFile;
  try {
    opened = openSops(input, format);
  } catch (e) {
    if (e instanceof SealgateError) return 'not-sops'; // unparseable or no metadata: not a SOPS file to verify
    throw e;
  }
  let dataKey: Uint8Array;
  try {
    dataKey = await recoverDataKey(opened.metadata, identities);
  } catch (e) {
    if (e instanceof SealgateError) return 'no-identity';
    throw e;
  }
  try {
    const { mac } = decryptTree(opened.docs, dataKey, settings(opened.metadata));
    return decryptMac(opened.metadata.mac, dataKey, opened.metadata.lastModified) === mac ? 'verified' : 'mismatch';
  } catch (e) {
    if (e instanceof SealgateError) return 'mismatch'; // a value that does not decrypt: tampered
    throw e;
  }
}
