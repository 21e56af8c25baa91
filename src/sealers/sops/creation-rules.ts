/**
 * `.sops.yaml` as sops reads it (config/config.go): found by walking up from the current directory (not
 * the file's), `creation_rules` tried in order, the first whose `path_regex` (Go RE2, unanchored) matches
 * the file's path relative to the config's directory wins; a rule without `path_regex` matches everything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { SealgateError } from '../../errors.ts';
import { matchCreationRule } from '../../parse/sops/creation-match.ts';
import { compileSelector, isSelectorKind, type Selector } from '../../parse/sops/selector.ts';

export interface CreationRule {
  /** `path_regex` as written (Go RE2); undefined or '' matches every file. */
  pathRegex: string | undefined;
  /** age recipients per key group (`age:` is one group; `key_groups:` may hold several). */
  keyGroups: string[][];
  shamirThreshold: number | undefined;
  selector: Selector | undefined;
  macOnlyEncrypted: boolean;
  /** Key types in the rule sealgate cannot encrypt to (pgp, kms, …). */
  unsupportedKeys: string[];
  /** 1-based line of the rule in `.sops.yaml`. */
  line: number;
}

export interface SopsConfig {
  /** Absolute path of the `.sops.yaml`. */
  path: string;
  rules: CreationRule[];
}

const OTHER_KEYS = ['pgp', 'kms', 'gcp_kms', 'azure_keyvault', 'hc_vault_transit_uri', 'hckms'];

/**
 * Finds `.sops.yaml` from `cwd` upwards (at most 100 levels, like sops). `.sops.yml` is not used.
 * @returns its absolute path, or undefined.
 */
export function findSopsConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (let i = 0; i < 100; i++) {
    const p = join(dir, '.sops.yaml');
    if (existsSync(p)) return p;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

/**
 * Reads and parses a `.sops.yaml`.
 * @throws SealgateError('CONFIG') naming the file and line.
 */
export function loadSopsConfig(path: string): SopsConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new SealgateError('CONFIG', `cannot read: ${(e as NodeJS.ErrnoException).code ?? 'error'}`, path);
  }
  return parseSopsConfig(text, resolve(path));
}

/** Parses `.sops.yaml` text (`path` names it in errors and anchors `path_regex`). */
export function parseSopsConfig(text: string, path: string): SopsConfig {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const lineOf = (n: unknown): number | undefined => ((n as Node | null)?.range ? lc.linePos((n as Node).range![0]).line : undefined);
  const fail = (message: string, n?: unknown): never => {
    throw new SealgateError('CONFIG', message, path, lineOf(n));
  };
  const err = doc.errors[0];
  if (err) throw new SealgateError('CONFIG', `invalid YAML (${err.code})`, path, lc.linePos(err.pos[0]).line);
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { path, rules: [] };
  if (!isMap(root)) return fail('expected a mapping at the top level', root);
  const rulesNode = root.get('creation_rules', true) as unknown;
  if (rulesNode === undefined || rulesNode === null || (isScalar(rulesNode) && rulesNode.value === null)) return { path, rules: [] };
  if (!isSeq(rulesNode)) return fail('creation_rules: expected a list', rulesNode);

  const scalarText = (n: unknown, what: string): string => {
    if (isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number' || typeof n.value === 'boolean')) return String(n.value);
    return fail(`${what}: expected a string`, n);
  };
  // "age1,age2" or a YAML list of such strings (sops >= 3.11)
  const recipients = (n: unknown, what: string): string[] => {
    const parts = isSeq(n) ? n.items.map((i) => scalarText(i, what)) : [scalarText(n, what)];
    return parts.flatMap((p) => p.split(',')).map((s) => s.trim()).filter(Boolean);
  };
  const rules = rulesNode.items.map((item): CreationRule => {
    if (!isMap(item)) return fail('creation_rules: every rule must be a mapping', item);
    const rule: CreationRule = { pathRegex: undefined, keyGroups: [], shamirThreshold: undefined, selector: undefined, macOnlyEncrypted: false, unsupportedKeys: [], line: lineOf(item) ?? 1 };
    let age: string[] = [];
    let groups: string[][] | undefined;
    const selectors: Selector[] = [];
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const v = pair.value as unknown;
      if (v === null || (isScalar(v) && v.value === null)) continue;
      if (key === 'path_regex') rule.pathRegex = scalarText(v, key);
      else if (key === 'age') age = recipients(v, key);
      else if (key === 'shamir_threshold') rule.shamirThreshold = Number(scalarText(v, key));
      else if (key === 'mac_only_encrypted') rule.macOnlyEncrypted = isScalar(v) && (v.value === true || v.value === 'true');
      else if (isSelectorKind(key)) {
        const value = scalarText(v, key);
        if (value !== '') selectors.push({ kind: key, value });
      } else if (OTHER_KEYS.includes(key)) rule.unsupportedKeys.push(key);
      else if (key === 'key_groups') {
        if (!isSeq(v)) fail('key_groups: expected a list of groups', v);
        groups = (v as { items: unknown[] }).items.map((g) => {
          if (!isMap(g)) return fail('key_groups: every group must be a mapping', g);
          const list: string[] = [];
          for (const gp of g.items) {
            const gk = isScalar(gp.key) ? String(gp.key.value) : '';
            if (gk === 'age') {
              for (const r of recipients(gp.value, 'key_groups.age')) if (!list.includes(r)) list.push(r);
            } else if (gk === 'merge') fail('key_groups: merge is not supported by sealgate', gp.key);
            else if (!(isSeq(gp.value) && gp.value.items.length === 0)) rule.unsupportedKeys.push(gk);
          }
          return list;
        });
      }
      // unknown keys are ignored, as sops does
    }
    if (selectors.length > 1) fail(`only one of ${selectors.map((s) => s.kind).join(', ')} may be set`, item);
    rule.selector = selectors[0];
    rule.keyGroups = groups && groups.length ? groups : age.length ? [age] : [];
    if (Number.isNaN(rule.shamirThreshold)) fail('shamir_threshold: expected a number', item);
    return rule;
  });
  return { path, rules };
}

/**
 * The first rule matching `filePath` (absolute), sops' parseCreationRuleForFile.
 * @returns undefined when no rule matches.
 * @throws SealgateError('CONFIG') at the rule's line when its `path_regex` cannot be translated from Go RE2.
 */
export function selectCreationRule(config: SopsConfig, filePath: string): CreationRule | undefined {
  const base = `${dirname(config.path)}/`;
  const rel = filePath.startsWith(base) ? filePath.slice(base.length) : filePath;
  const match = matchCreationRule(config.rules, rel);
  if (match?.error !== undefined) throw new SealgateError('CONFIG', `path_regex '${match.rule.pathRegex}': ${match.error}`, config.path, match.rule.line);
  return match?.rule;
}

/**
 * Checks that sealgate can encrypt with a rule: age keys only, a selector JS can evaluate.
 * @throws SealgateError('CONFIG') at the rule's line.
 */
export function checkRuleUsable(config: SopsConfig, rule: CreationRule, needKeys: boolean): void {
  if (needKeys && rule.unsupportedKeys.length) {
    throw new SealgateError('CONFIG', `the creation rule uses ${[...new Set(rule.unsupportedKeys)].join(', ')} keys; sealgate encrypts with age keys only`, config.path, rule.line);
  }
  if (needKeys && rule.keyGroups.length === 0) throw new SealgateError('CONFIG', 'the creation rule has no age keys', config.path, rule.line);
  if (rule.selector) {
    const c = compileSelector(rule.selector);
    if (!c.ok) throw new SealgateError('CONFIG', c.error, config.path, rule.line);
  }
}
