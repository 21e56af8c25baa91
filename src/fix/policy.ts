/**
 * The `seal:` policy of `.sealgate.yaml`, resolved: every certificate loaded and checked (readable, RSA, not
 * expired), every age recipient parsed, `.sops.yaml` read for `sops` rules that name no recipients. The
 * first rule whose glob matches a repository-relative path decides how `sealgate fix` seals a Secret there
 * and which keys the `key-separation` check expects. Errors name the config file and the rule's line.
 */
import { X509Certificate } from 'node:crypto';
import { dirname, relative } from 'node:path';
import micromatch from 'micromatch';
import type { Config, SealPolicyRule } from '../config/config.ts';
import { isSealgateError, SealgateError } from '../errors.ts';
import type { SealedSecretScope } from '../parse/sealed-secret.ts';
import type { Selector } from '../parse/sops/selector.ts';
import type { KeyPolicy, KeyPolicyRule, SopsCreationRules } from '../scanners/scanner.ts';
import { loadSealingKey, publicKeySha256, type SealingKey } from '../sealers/kubeseal/cert.ts';
import { execaRunner, fetchControllerCert, readCertSource, type CommandRunner } from '../sealers/kubeseal/cert-source.ts';
import { pemBlocks } from '../sealers/kubeseal/pem.ts';
import { isAgeRecipient } from '../sealers/sops/age.ts';
import { checkRuleUsable, findSopsConfig, loadSopsConfig, selectCreationRule, type SopsConfig } from '../sealers/sops/creation-rules.ts';

/** A catch-all rule from the command line (`sealgate fix --cert CERT` or `--age R`), tried after the config's. */
export interface FallbackRule {
  cert?: string;
  age?: string[];
  scope?: SealedSecretScope;
}

export interface SealPolicyOptions {
  /** The directory rule globs are matched from: the repository root, or the cwd outside a repository. */
  baseDir: string;
  /** The command's directory: `.sops.yaml` is found from here upwards, as sops finds it; `--cert` is relative to it. */
  cwd: string;
  env: Record<string, string | undefined>;
  /**
   * True (fix): certificates given as URLs or fetched from a controller are loaded when a rule is first used.
   * False (scan): only local certificate files are read; other rules are checked against their `certSha256` pins.
   */
  network: boolean;
  fallback?: FallbackRule;
  now?: Date;
  /** Runs kubectl (tests pass a fake). */
  runner?: CommandRunner;
}

/** What to encrypt a file with under a `sops` rule. */
export interface SopsKeys {
  keyGroups: string[][];
  selector?: Selector;
  shamirThreshold?: number;
  macOnlyEncrypted: boolean;
  /** Where the recipients come from, for the user: `seal[1] (.sealgate.yaml:7)` or `.sops.yaml:3`. */
  source: string;
}

/** One rule of the policy, resolved. */
export interface ResolvedSealRule {
  method: 'sealed-secrets' | 'sops';
  path: string;
  /** `seal[0] (.sealgate.yaml:4)`, or `--cert`/`--age` for the command-line rule. */
  where: string;
  scope?: SealedSecretScope;
  /** sealed-secrets: the certificate's name as configured (path, URL or `controller ns/name`). */
  certName?: string;
  /** sops: the age recipients the rule names itself (else `.sops.yaml` decides per file). */
  recipients?: string[];
  /** sealed-secrets: fingerprints known without the network (the local certificate file's, and the pins). */
  fingerprints: string[];
  /**
   * sealed-secrets: the key to seal with (fetched or read once).
   * @throws SealgateError('CONFIG') at the rule when the certificate cannot be had, is expired, or does not match a pin.
   */
  sealingKey(): Promise<SealingKey>;
  /**
   * sops: the recipients and settings for the file at `absPath`.
   * @throws SealgateError('CONFIG') when `.sops.yaml` has no usable rule for it.
   */
  sopsKeys(absPath: string): SopsKeys;
}

export interface SealPolicy {
  rules: ResolvedSealRule[];
  /** The rule for a repository-relative path, or undefined when none matches. */
  ruleFor(path: string): ResolvedSealRule | undefined;
  /** The policy as data for the `key-separation` scanner. */
  keyPolicy(): KeyPolicy;
}

/**
 * Resolves `config.seal` (plus the command-line fallback).
 * @throws SealgateError('CONFIG') naming the config file and the rule's line: an unreadable, invalid or
 *   expired certificate, a recipient that is not an age recipient, a `sops` rule without recipients and
 *   no `.sops.yaml`.
 */
export async function resolveSealPolicy(config: Config, options: SealPolicyOptions): Promise<SealPolicy> {
  const configFile = config.source;
  const configDir = configFile ? dirname(configFile) : options.cwd;
  const shownConfig = configFile ? relative(options.cwd, configFile) || configFile : '.sealgate.yaml';
  const now = options.now ?? new Date();
  let sops: SopsConfig | undefined | null = null; // null: not looked for yet
  const sopsConfig = (): SopsConfig | undefined => {
    if (sops === null) {
      const found = findSopsConfig(options.cwd);
      sops = found === undefined ? undefined : loadSopsConfig(found);
    }
    return sops;
  };

  const rules: ResolvedSealRule[] = [];
  for (const [i, rule] of config.seal.entries()) {
    const where = `seal[${i}] (${shownConfig}:${rule.line ?? 1})`;
    const fail = (message: string, cause?: unknown): SealgateError => new SealgateError('CONFIG', `seal[${i}]: ${message}`, shownConfig, rule.line, { cause });
    rules.push(await resolveRule(rule, where, configDir, fail));
  }
  const fb = options.fallback;
  if (fb?.cert !== undefined || fb?.age !== undefined) {
    const rule: SealPolicyRule = fb.cert !== undefined ? { path: '**', method: 'sealed-secrets', cert: fb.cert } : { path: '**', method: 'sops', age: fb.age ?? [] };
    if (fb.scope !== undefined) rule.scope = fb.scope;
    const flag = fb.cert !== undefined ? '--cert' : '--age';
    const fail = (message: string, cause?: unknown): SealgateError => new SealgateError('USAGE', `${flag}: ${message}`, undefined, undefined, { cause });
    rules.push(await resolveRule(rule, flag, options.cwd, fail));
  }

  async function resolveRule(rule: SealPolicyRule, where: string, certDir: string, fail: (m: string, cause?: unknown) => SealgateError): Promise<ResolvedSealRule> {
    const pins = rule.certSha256 ?? [];
    const base = { method: rule.method, path: rule.path, where, ...(rule.scope ? { scope: rule.scope } : {}) };
    if (rule.method === 'sops') {
      for (const r of rule.age ?? []) if (!isAgeRecipient(r)) throw fail(`age: '${r.slice(0, 80)}' is not an age recipient (age1… or ssh-ed25519 …)`);
      if (rule.age === undefined && sopsConfig() === undefined) {
        throw fail(`method sops names no age recipients and there is no .sops.yaml (looked from ${options.cwd} upwards): add age: [age1…] to the rule or create .sops.yaml`);
      }
      return {
        ...base,
        ...(rule.age !== undefined ? { recipients: rule.age } : {}),
        fingerprints: [],
        sealingKey: () => Promise.reject(fail('is a sops rule')),
        sopsKeys: (absPath) => sopsKeysFor(rule, where, absPath, sopsConfig()),
      };
    }
    const isUrl = rule.cert !== undefined && /^[A-Za-z][A-Za-z0-9+.-]+:/.test(rule.cert) && !/^[A-Za-z]:[\\/]/.test(rule.cert);
    const certName = rule.cert ?? `controller ${rule.controllerNamespace ?? 'kube-system'}/${rule.controllerName ?? 'sealed-secrets-controller'}${rule.context ? ` (context ${rule.context})` : ''}`;
    const load = async (): Promise<{ key: SealingKey; accepted: string[] }> => {
      let text: string;
      let source: string;
      try {
        if (rule.cert !== undefined) ({ text, source } = await readCertSource(rule.cert, certDir));
        else {
          const runner = options.runner ?? execaRunner(options.env, options.cwd);
          ({ text, source } = await fetchControllerCert(
            {
              name: rule.controllerName ?? 'sealed-secrets-controller',
              namespace: rule.controllerNamespace ?? 'kube-system',
              ...(rule.context !== undefined ? { context: rule.context } : {}),
              ...(rule.kubeconfig !== undefined ? { kubeconfig: rule.kubeconfig } : {}),
            },
            runner,
          ));
        }
        const key = loadSealingKey(text, source, now);
        const accepted = [...new Set([key.sha256, ...certFingerprints(text), ...pins])];
        if (pins.length > 0 && !pins.includes(key.sha256)) {
          throw fail(`the certificate from ${certName} has sha256 ${key.sha256}, which is not among certSha256 (${pins.map(short).join(', ')}): is kubectl pointing at the wrong cluster?`);
        }
        return { key, accepted };
      } catch (e) {
        if (isSealgateError(e) && e.code === 'CONFIG') throw e;
        throw fail(`cert ${certName}: ${isSealgateError(e) ? e.message : 'cannot be read'}`, e);
      }
    };
    let loaded: Promise<{ key: SealingKey; accepted: string[] }> | undefined;
    const loadOnce = () => (loaded ??= load());
    const sealingKey = async () => (await loadOnce()).key;
    // A local file is checked now (readable, RSA, not expired) by every command that uses the policy; a URL
    // only when the network may be used. Controllers are asked only when a Secret needs sealing.
    const eager = rule.cert !== undefined && (!isUrl || options.network);
    const fingerprints = eager ? (await loadOnce()).accepted : [...pins];
    return { ...base, certName, fingerprints, sealingKey, sopsKeys: () => { throw fail('is a sealed-secrets rule'); } };
  }

  function sopsKeysFor(rule: SealPolicyRule, where: string, absPath: string, sopsFile: SopsConfig | undefined): SopsKeys {
    const creation = sopsFile ? selectCreationRule(sopsFile, absPath) : undefined;
    if (sopsFile && creation) checkRuleUsable(sopsFile, creation, rule.age === undefined);
    const settings = {
      ...(creation?.selector ? { selector: creation.selector } : {}),
      ...(creation?.shamirThreshold !== undefined && rule.age === undefined ? { shamirThreshold: creation.shamirThreshold } : {}),
      macOnlyEncrypted: creation?.macOnlyEncrypted ?? false,
    };
    if (rule.age !== undefined) return { keyGroups: [rule.age], ...settings, source: where };
    if (!sopsFile || !creation) {
      throw new SealgateError('CONFIG', `${where}: no .sops.yaml creation rule matches ${relative(options.baseDir, absPath)} and the rule names no age recipients`, sopsFile?.path);
    }
    return { keyGroups: creation.keyGroups, ...settings, source: `${relative(options.cwd, sopsFile.path) || '.sops.yaml'}:${creation.line}` };
  }

  return {
    rules,
    ruleFor: (path) => rules.find((r) => micromatch.isMatch(path, r.path, { dot: true })),
    keyPolicy: () => toKeyPolicy(rules, sops ?? undefined, options.baseDir),
  };
}

function toKeyPolicy(rules: ResolvedSealRule[], sops: SopsConfig | undefined, baseDir: string): KeyPolicy {
  const out: KeyPolicyRule[] = rules.map((r) => {
    const k: KeyPolicyRule = { path: r.path, method: r.method, where: r.where, certSha256: r.fingerprints };
    if (r.certName !== undefined) k.cert = r.certName;
    if (r.recipients !== undefined) k.recipients = r.recipients;
    return k;
  });
  if (!sops) return { rules: out };
  const sopsConfig: SopsCreationRules = {
    file: relative(baseDir, sops.path).split('\\').join('/'),
    dir: relative(baseDir, dirname(sops.path)).split('\\').join('/'),
    rules: sops.rules.map((c) => ({ pathRegex: c.pathRegex, recipients: c.keyGroups.flat(), line: c.line })),
  };
  return { rules: out, sopsConfig };
}

/** SHA-256 fingerprints of every certificate (or public key) in a PEM file: a controller's key history. */
function certFingerprints(text: string): string[] {
  const out: string[] = [];
  for (const b of pemBlocks(text)) {
    if (b.label !== 'CERTIFICATE') continue;
    try {
      out.push(publicKeySha256(new X509Certificate(b.der).publicKey));
    } catch {
      // not a certificate: loadSealingKey has already judged the first block, later ones only add fingerprints
    }
  }
  return out;
}

function short(sha: string): string {
  return `${sha.slice(0, 12)}…`;
}
