import { SealgateError } from '../../errors.ts';
import {
  CERT_SHA256_ANNOTATION,
  checkSealedSecret,
  decodeBase64Std,
  encryptionLabel,
  isSealedSecret,
  scopeFromAnnotations,
  sealedValueLayout,
  type SealedSecretScope,
} from '../../parse/sealed-secret.ts';
import { loadSealingKey, type SealingKey } from './cert.ts';
import { hybridEncrypt } from './hybrid.ts';
import type { UnsealingKey } from './keys.ts';
import {
  expandLists,
  isRecord,
  lineAt,
  readManifests,
  serializeEdited,
  serializeManifests,
  setString,
  type ManifestFile,
  type ManifestFormat,
  type ManifestObject,
} from './manifests.ts';
import {
  SEALING_ANNOTATIONS,
  buildSealedSecret,
  encryptedDataOf,
  openSealedValues,
  sealRawValue,
  sealTarget,
  sealedIdentity,
  unsealToSecret,
  type SealSettings,
} from './sealed-secret.ts';
import { readSecret } from './secret-input.ts';

/** Options of {@link seal}. */
export interface SealOptions extends SealSettings {
  /** The controller certificate (PEM `CERTIFICATE`, or `PUBLIC KEY`), or a key loaded with `loadSealingKey`. */
  cert: string | SealingKey;
  /** Output format (default: the input's). */
  format?: ManifestFormat;
  /** The input's name for messages (default `-`). */
  file?: string;
  /** The time certificates are checked against (default now). */
  now?: Date;
}

/** What a sealing operation produced. */
export interface SealResult {
  /** The manifests to print or write. */
  output: string;
  format: ManifestFormat;
  /** How many objects were sealed, unsealed or re-encrypted. */
  count: number;
  /** Things to tell the user on stderr (certificate expiring soon, …); never secrets. */
  warnings: string[];
}

function sealingKey(cert: string | SealingKey, now: Date | undefined): SealingKey {
  return typeof cert === 'string' ? loadSealingKey(cert, 'certificate', now) : cert;
}

function readInput(text: string, file: string): ManifestFile {
  const parsed = readManifests(text, file);
  if (parsed.objects.length === 0) throw new SealgateError('INPUT', 'no secrets found. Ensure the input is valid and UTF-8 encoded', file);
  return parsed;
}

/**
 * Seals every Secret in `input` (YAML documents, JSON values, `kind: List`) into the SealedSecret kubeseal
 * would produce, one output document per input document (a List stays a List).
 * @throws SealgateError('INPUT') for input that is not a Secret, a Secret without name, a namespace
 *   mismatch, no namespace in strict or namespace-wide scope, an empty Secret, or a bad certificate.
 */
export function seal(input: string, options: SealOptions): SealResult {
  const file = options.file ?? '-';
  const key = sealingKey(options.cert, options.now);
  const parsed = readInput(input, file);
  let count = 0;
  const sealOne = (o: ManifestObject) => {
    const secret = readSecret(o, parsed.lines);
    count++;
    return buildSealedSecret(secret, sealTarget(secret, options), key);
  };
  const out = parsed.objects.map((o) => {
    if (!isList(o.value)) return sealOne(o);
    return { kind: 'List', apiVersion: 'v1', items: expandLists([o], parsed.lines).map(sealOne) };
  });
  const format = options.format ?? parsed.format;
  return { output: serializeManifests(out, format), format, count, warnings: [...key.warnings] };
}

function isList(v: unknown): boolean {
  return isRecord(v) && typeof v['kind'] === 'string' && v['kind'].endsWith('List') && Array.isArray(v['items']);
}

/** Options of {@link sealRaw}: `--raw` needs the name and namespace the value will live under. */
export interface SealRawOptions {
  cert: string | SealingKey;
  scope?: SealedSecretScope;
  name?: string;
  namespace?: string;
  now?: Date;
}

/**
 * Seals one value (`kubeseal --raw`) and returns its base64 ciphertext, without a newline. Put it in a
 * SealedSecret whose name, namespace and scope annotations match the ones given here.
 * @throws as {@link rawTarget}; SealgateError('INPUT') for a bad certificate.
 */
export function sealRaw(value: Uint8Array, options: SealRawOptions): SealResult {
  const target = rawTarget(options);
  const key = sealingKey(options.cert, options.now);
  return { output: sealRawValue(value, target, key), format: 'yaml', count: 1, warnings: [...key.warnings] };
}

/**
 * The label parts of a `--raw` value.
 * @throws SealgateError('USAGE') with kubeseal's messages when the scope needs a name or namespace that is missing.
 */
export function rawTarget(options: Omit<SealRawOptions, 'cert'>): { scope: SealedSecretScope; name: string; namespace: string } {
  const scope = options.scope ?? 'strict';
  const namespace = options.namespace ?? '';
  const name = options.name ?? '';
  if (scope !== 'cluster-wide' && namespace === '') throw new SealgateError('USAGE', 'must provide the --namespace flag with --raw and --scope strict|namespace-wide');
  if (scope === 'strict' && name === '') throw new SealgateError('USAGE', 'must provide the --name flag with --raw and --scope strict');
  return { scope, name, namespace };
}

/** Options of {@link mergeInto}. */
export interface MergeOptions {
  cert: string | SealingKey;
  /** `--scope`: must agree with the target's scope (which is always used). */
  scope?: SealedSecretScope;
  /** `--name` / `--namespace`: must agree with the target's. */
  name?: string;
  namespace?: string;
  allowEmptyData?: boolean;
  /** Output format (default: the target file's own). */
  format?: ManifestFormat;
  /** Names for messages. */
  file?: string;
  targetFile?: string;
  now?: Date;
}

/**
 * Seals the items of the Secret(s) in `input` into an existing SealedSecret (`kubeseal --merge-into`):
 * adds or replaces `encryptedData` keys and copies the Secret's labels and annotations into the template,
 * keeping everything else (comments and layout too, for YAML). Unlike kubeseal, the values are sealed
 * with the target's own name, namespace and scope, and missing template maps are created.
 * @returns the whole target file, updated.
 * @throws SealgateError('INPUT') when the target is not one SealedSecret, or `--scope`, `--name` or
 *   `--namespace` contradict it; plus everything {@link seal} throws.
 */
export function mergeInto(target: string, input: string, options: MergeOptions): SealResult {
  const targetFile = options.targetFile ?? 'SEALED';
  const file = options.file ?? '-';
  const key = sealingKey(options.cert, options.now);
  const parsedTarget = readManifests(target, targetFile);
  const sealed = parsedTarget.objects[0];
  if (parsedTarget.objects.length !== 1 || sealed === undefined || !isSealedSecret(sealed.value)) {
    throw new SealgateError('INPUT', '--merge-into needs a file holding exactly one SealedSecret', targetFile);
  }
  const id = sealedIdentity(sealed, parsedTarget.lines);
  encryptedDataOf(sealed, parsedTarget.lines); // rejects the deprecated v1 format before anything is changed
  const disagree = (flag: string, given: string, own: string) =>
    new SealgateError('USAGE', `--${flag} ${given} contradicts the ${flag} of ${targetFile} (${own}); merged values always use the target's`);
  if (options.scope !== undefined && options.scope !== id.scope) throw disagree('scope', options.scope, id.scope);
  if (options.name !== undefined && options.name !== id.name) throw disagree('name', options.name, id.name);
  if (options.namespace !== undefined && options.namespace !== id.namespace) throw disagree('namespace', options.namespace, id.namespace || '(none)');

  const parsedInput = readInput(input, file);
  const label = encryptionLabel(id.scope, id.namespace, id.name);
  let count = 0;
  for (const o of expandLists(parsedInput.objects, parsedInput.lines)) {
    const secret = readSecret(o, parsedInput.lines);
    sealTarget({ ...secret, name: id.name, namespace: id.namespace || undefined }, { scope: id.scope, allowEmptyData: options.allowEmptyData ?? false });
    for (const [k, bytes] of secret.items) {
      setString(sealed, parsedTarget.format, ['spec', 'encryptedData', k], hybridEncrypt(key.publicKey, bytes, label).toString('base64'));
    }
    for (const field of ['labels', 'annotations'] as const) {
      const map = secret.metadata[field];
      if (!isRecord(map)) continue;
      for (const [k, v] of Object.entries(map)) {
        if (field === 'annotations' && SEALING_ANNOTATIONS.includes(k)) continue;
        setString(sealed, parsedTarget.format, ['spec', 'template', 'metadata', field, k], v as string);
      }
    }
    count++;
  }
  const warnings = [...key.warnings];
  const recorded = annotationOf(sealed.value, CERT_SHA256_ANNOTATION);
  if (recorded !== undefined && recorded !== key.sha256) {
    warnings.push(`${targetFile}: its other values were sealed for another certificate (sha256 ${recorded.slice(0, 12)}…): re-encrypt them with sealgate reseal`);
  }
  setString(sealed, parsedTarget.format, ['metadata', 'annotations', CERT_SHA256_ANNOTATION], key.sha256);
  const format = options.format ?? parsedTarget.format;
  const output = format === parsedTarget.format ? serializeEdited(parsedTarget) : serializeManifests([sealed.value], format);
  return { output, format, count, warnings };
}

function annotationOf(value: unknown, name: string): string | undefined {
  const meta = isRecord(value) ? value['metadata'] : undefined;
  const annotations = isRecord(meta) ? meta['annotations'] : undefined;
  const v = isRecord(annotations) ? annotations[name] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** Options of {@link unseal}. */
export interface UnsealOptions {
  /** Private keys (see `loadUnsealingKeys`); every one is tried, like the controller does. */
  keys: readonly UnsealingKey[];
  /** Output format (default: the input's). */
  format?: ManifestFormat;
  file?: string;
}

/**
 * Recovery unseal (`kubeseal --recovery-unseal`): turns each SealedSecret in `input` into the Secret the
 * controller would create, without a cluster. Other kinds of objects in the input are an error.
 * @throws SealgateError('CRYPTO') `no key could decrypt …` naming the data keys and the key files tried;
 *   SealgateError('INPUT') for objects that are not SealedSecrets or lack a name or namespace.
 */
export function unseal(input: string, options: UnsealOptions): SealResult {
  const file = options.file ?? '-';
  if (options.keys.length === 0) throw new SealgateError('USAGE', 'no private key given: pass --key FILE (repeatable)');
  const parsed = readManifests(input, file);
  const objects = expandLists(parsed.objects, parsed.lines);
  if (objects.length === 0) throw new SealgateError('INPUT', 'no SealedSecret found', file);
  const warnings: string[] = [];
  const secrets = objects.map((o) => {
    const { secret, warnings: w } = unsealToSecret(o, options.keys, parsed.lines);
    warnings.push(...w);
    return secret;
  });
  const format = options.format ?? parsed.format;
  return { output: serializeManifests(secrets, format), format, count: secrets.length, warnings };
}

/** Options of {@link reseal}. */
export interface ResealOptions {
  /** The old private keys that open the values today. */
  keys: readonly UnsealingKey[];
  /** The new certificate to seal for. */
  cert: string | SealingKey;
  file?: string;
  now?: Date;
}

/**
 * Re-encrypts every SealedSecret in `input` for a new certificate without a cluster (key rotation):
 * each value is opened with the old keys and sealed again under the same name, namespace and scope.
 * Names, scopes, templates, comments and layout are kept; `sealgate.io/cert-sha256` is updated.
 * Plaintext stays in memory. Non-SealedSecret documents pass through unchanged.
 * @throws as {@link unseal}, before any output is produced.
 */
export function reseal(input: string, options: ResealOptions): SealResult {
  const file = options.file ?? '-';
  if (options.keys.length === 0) throw new SealgateError('USAGE', 'no private key given: pass --key OLD-KEY (repeatable)');
  const key = sealingKey(options.cert, options.now);
  const parsed = readManifests(input, file);
  let count = 0;
  for (const o of expandLists(parsed.objects, parsed.lines)) {
    if (!isSealedSecret(o.value)) continue;
    const id = sealedIdentity(o, parsed.lines);
    const label = encryptionLabel(id.scope, id.namespace, id.name);
    for (const [k, plaintext] of openSealedValues(o, options.keys, parsed.lines)) {
      setString(o, parsed.format, ['spec', 'encryptedData', k], hybridEncrypt(key.publicKey, plaintext, label).toString('base64'));
      plaintext.fill(0);
    }
    setString(o, parsed.format, ['metadata', 'annotations', CERT_SHA256_ANNOTATION], key.sha256);
    count++;
  }
  if (count === 0) throw new SealgateError('INPUT', 'no SealedSecret found', file);
  return { output: serializeEdited(parsed), format: parsed.format, count, warnings: [...key.warnings] };
}

/** One SealedSecret as {@link inspect} sees it. */
export interface InspectedSealedSecret {
  name: string | undefined;
  namespace: string | undefined;
  scope: SealedSecretScope;
  line: number;
  /** Data keys in `spec.encryptedData`. */
  keys: string[];
  /** RSA sizes (bits) the values were sealed with, from their length prefixes. */
  rsaBits: number[];
  /** `sealgate.io/cert-sha256`, when recorded. */
  certSha256: string | undefined;
}

/** A structural problem, located. */
export interface InspectProblem {
  file: string;
  line: number;
  message: string;
}

/** What {@link inspect} found. */
export interface InspectReport {
  sealedSecrets: InspectedSealedSecret[];
  problems: InspectProblem[];
}

/**
 * Checks the SealedSecrets in `input` without keys (see `checkSealedSecret`); with `cert`, also that each
 * value's RSA size and the recorded fingerprint match that certificate. Other objects are ignored.
 * @throws SealgateError('INPUT') when the input does not parse or holds no SealedSecret.
 */
export function inspect(input: string, options: { file?: string; cert?: string | SealingKey; now?: Date } = {}): InspectReport {
  const file = options.file ?? '-';
  const key = options.cert === undefined ? undefined : sealingKey(options.cert, options.now);
  const parsed = readManifests(input, file);
  const sealedSecrets: InspectedSealedSecret[] = [];
  const problems: InspectProblem[] = [];
  for (const o of expandLists(parsed.objects, parsed.lines)) {
    if (!isSealedSecret(o.value)) continue;
    const at = (path: readonly string[]) => lineAt(o, path, parsed.lines);
    for (const p of checkSealedSecret(o.value)) problems.push({ file, line: at(p.path), message: p.message });
    const meta = isRecord(o.value['metadata']) ? o.value['metadata'] : {};
    const spec = isRecord(o.value['spec']) ? o.value['spec'] : {};
    const encrypted = isRecord(spec['encryptedData']) ? spec['encryptedData'] : {};
    const rsaBits = new Set<number>();
    for (const [k, v] of Object.entries(encrypted)) {
      const bytes = typeof v === 'string' ? decodeBase64Std(v) : undefined;
      const layout = bytes === undefined ? undefined : sealedValueLayout(bytes);
      if (!layout?.ok) continue;
      rsaBits.add(layout.rsaBytes * 8);
      if (key && layout.rsaBytes * 8 !== key.bits) {
        problems.push({ file, line: at(['spec', 'encryptedData', k]), message: `spec.encryptedData.${k} was sealed with an RSA-${layout.rsaBytes * 8} key, not this RSA-${key.bits} certificate` });
      }
    }
    const certSha256 = annotationOf(o.value, CERT_SHA256_ANNOTATION);
    if (key && certSha256 !== undefined && certSha256 !== key.sha256) {
      problems.push({ file, line: at(['metadata', 'annotations', CERT_SHA256_ANNOTATION]), message: `sealed for another certificate (sha256 ${certSha256.slice(0, 12)}…, this one is ${key.sha256.slice(0, 12)}…)` });
    }
    const str = (x: unknown) => (typeof x === 'string' ? x : undefined);
    sealedSecrets.push({
      name: str(meta['name']),
      namespace: str(meta['namespace']),
      scope: scopeFromAnnotations(meta['annotations']),
      line: o.line,
      keys: Object.keys(encrypted),
      rsaBits: [...rsaBits].sort((a, b) => a - b),
      certSha256,
    });
  }
  if (sealedSecrets.length === 0) throw new SealgateError('INPUT', 'no SealedSecret found', file);
  return { sealedSecrets, problems };
}
