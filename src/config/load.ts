import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { SealgateError } from '../errors.ts';
import { isSeverity, SEVERITIES, type Severity } from '../findings/finding.ts';
import { defaultConfig, type Config, type CustomRuleConfig, type SealPolicyRule } from './config.ts';

export const CONFIG_NAMES = ['.sealgate.yaml', '.sealgate.yml', '.sealgate.json'] as const;

/**
 * Finds the config file: `explicit` (from `--config`), else `$SEALGATE_CONFIG`, else the first
 * `.sealgate.{yaml,yml,json}` walking up from `cwd` to `stopAt` (the repo root) inclusive.
 * @returns the absolute path, or undefined when there is none.
 * @throws SealgateError(CONFIG) when an explicitly named file does not exist.
 */
export function findConfig(cwd: string, stopAt: string | undefined, explicit?: string, env = process.env): string | undefined {
  const named = explicit ?? (env['SEALGATE_CONFIG'] || undefined);
  if (named !== undefined) {
    const p = resolve(cwd, named);
    if (!existsSync(p)) throw new SealgateError('CONFIG', 'config file not found', named);
    return p;
  }
  let dir = resolve(cwd);
  const stop = stopAt === undefined ? undefined : resolve(stopAt);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
    const parent = dirname(dir);
    if (dir === stop || parent === dir || stop === undefined) return undefined;
    dir = parent;
  }
}

/**
 * Reads and validates a config file.
 * @throws SealgateError(CONFIG) naming the file, the line and what was expected.
 */
export function loadConfig(path: string): Config {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new SealgateError('CONFIG', `cannot read config: ${(e as NodeJS.ErrnoException).code ?? 'error'}`, path);
  }
  return parseConfig(text, path);
}

/** Validates config text; `path` is only used in messages. */
export function parseConfig(text: string, path: string): Config {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const lineOf = (n: Node | null | undefined): number | undefined =>
    n?.range ? lc.linePos(n.range[0]).line : undefined;
  const fail = (message: string, n?: Node | null): never => {
    throw new SealgateError('CONFIG', message, path, lineOf(n));
  };
  const first = doc.errors[0];
  if (first) throw new SealgateError('CONFIG', `invalid YAML: ${first.message.split('\n')[0]}`, path, lc.linePos(first.pos[0]).line);

  const config = defaultConfig();
  config.source = path;
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) return config;
  if (!isMap(root)) return fail('expected a mapping at the top level', root);

  const str = (n: unknown, what: string): string => {
    if (isScalar(n) && typeof n.value === 'string') return n.value;
    return fail(`${what}: expected a string`, n as Node);
  };
  const strList = (n: unknown, what: string): string[] => {
    if (!isSeq(n)) return fail(`${what}: expected a list of strings`, n as Node);
    return n.items.map((i) => str(i, what));
  };
  const severity = (n: unknown, what: string): Severity => {
    const v = isScalar(n) ? n.value : undefined;
    if (!isSeverity(v)) return fail(`${what}: expected one of ${SEVERITIES.join(', ')}`, n as Node);
    return v;
  };
  const num = (n: unknown, what: string, min: number): number => {
    const v = isScalar(n) ? n.value : undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min) return fail(`${what}: expected a number >= ${min}`, n as Node);
    return v;
  };
  const regex = (n: unknown, what: string): string => {
    const s = str(n, what);
    try {
      new RegExp(s.startsWith('(?i)') ? s.slice(4) : s, 'u');
    } catch (e) {
      // V8's message quotes the pattern (`Invalid regular expression: /…/u: Unterminated group`), and a
      // pattern may hold a secret: keep only the reason after the last colon.
      const reason = (e as Error).message.split(': ').pop() ?? '';
      fail(`${what}: invalid regular expression (${reason})`, n as Node);
    }
    return s;
  };
  const entries = (n: unknown, what: string, known: readonly string[]) => {
    if (!isMap(n)) return fail(`${what}: expected a mapping`, n as Node);
    return n.items.map((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!known.includes(key)) {
        fail(`${what ? `${what}: ` : ''}unknown key '${key}' (expected one of: ${known.join(', ')})`, pair.key as Node);
      }
      return { key, value: pair.value as Node | null, keyNode: pair.key as Node };
    });
  };

  for (const { key, value } of entries(root, '', ['failOn', 'rules', 'allow', 'baseline', 'maxFileSize', 'seal', 'governance'])) {
    switch (key) {
      case 'failOn':
        config.failOn = severity(value, 'failOn');
        break;
      case 'baseline':
        config.baseline = str(value, 'baseline');
        break;
      case 'maxFileSize':
        config.maxFileSize = num(value, 'maxFileSize', 1);
        break;
      case 'rules':
        for (const r of entries(value, 'rules', ['disable', 'severity', 'custom'])) {
          if (r.key === 'disable') config.rules.disable = strList(r.value, 'rules.disable');
          else if (r.key === 'severity') {
            if (!isMap(r.value)) fail('rules.severity: expected a mapping of rule id to severity', r.value);
            for (const pair of (r.value as { items: { key: unknown; value: unknown }[] }).items) {
              const id = str(pair.key, 'rules.severity key');
              config.rules.severity[id] = severity(pair.value, `rules.severity.${id}`);
            }
          } else {
            if (!isSeq(r.value)) fail('rules.custom: expected a list of rules', r.value);
            config.rules.custom = (r.value as { items: unknown[] }).items.map((item, i) => customRule(item as Node, i));
          }
        }
        break;
      case 'allow':
        for (const a of entries(value, 'allow', ['paths', 'regexes', 'stopwords'])) {
          if (a.key === 'paths') config.allow.paths = strList(a.value, 'allow.paths');
          else if (a.key === 'stopwords') config.allow.stopwords = strList(a.value, 'allow.stopwords');
          else {
            if (!isSeq(a.value)) fail('allow.regexes: expected a list of regular expressions', a.value);
            config.allow.regexes = (a.value as { items: unknown[] }).items.map((i) => regex(i, 'allow.regexes'));
          }
        }
        break;
      case 'seal':
        if (!isSeq(value)) fail('seal: expected a list of {path, method, …} rules', value);
        config.seal = (value as unknown as { items: Node[] }).items.map((item, i) => sealRule(item, i));
        break;
      case 'governance':
        for (const g of entries(value, 'governance', ['maxSecretAgeDays'])) {
          config.governance.maxSecretAgeDays = num(g.value, 'governance.maxSecretAgeDays', 1);
        }
        break;
    }
  }
  return config;

  function customRule(item: Node, i: number): CustomRuleConfig {
    const what = `rules.custom[${i}]`;
    const rule: Partial<CustomRuleConfig> = { line: lineOf(item) };
    for (const { key, value } of entries(item, what, ['id', 'description', 'regex', 'keywords', 'entropy', 'secretGroup', 'severity', 'paths'])) {
      if (key === 'id') rule.id = str(value, `${what}.id`);
      else if (key === 'description') rule.description = str(value, `${what}.description`);
      else if (key === 'regex') rule.regex = regex(value, `${what}.regex`);
      else if (key === 'keywords') rule.keywords = strList(value, `${what}.keywords`);
      else if (key === 'entropy') rule.entropy = num(value, `${what}.entropy`, 0);
      else if (key === 'secretGroup') rule.secretGroup = num(value, `${what}.secretGroup`, 0);
      else if (key === 'severity') rule.severity = severity(value, `${what}.severity`);
      else rule.paths = strList(value, `${what}.paths`);
    }
    if (rule.id === undefined || !/^[a-z0-9][a-z0-9-]*$/.test(rule.id)) fail(`${what}.id: expected a kebab-case id`, item);
    if (rule.regex === undefined) fail(`${what}.regex: required`, item);
    return rule as CustomRuleConfig;
  }

  function sealRule(item: Node, i: number): SealPolicyRule {
    const what = `seal[${i}]`;
    const rule: Partial<SealPolicyRule> = { line: lineOf(item) };
    const keys = ['path', 'method', 'cert', 'controllerName', 'controllerNamespace', 'context', 'kubeconfig', 'certSha256', 'scope', 'age'];
    const list = (value: Node | null, name: string): string[] =>
      isSeq(value) ? strList(value, `${what}.${name}`) : str(value, `${what}.${name}`).split(',').map((s) => s.trim()).filter(Boolean);
    for (const { key, value } of entries(item, what, keys)) {
      if (key === 'path') rule.path = str(value, `${what}.path`);
      else if (key === 'cert') rule.cert = str(value, `${what}.cert`);
      else if (key === 'controllerName') rule.controllerName = str(value, `${what}.controllerName`);
      else if (key === 'controllerNamespace') rule.controllerNamespace = str(value, `${what}.controllerNamespace`);
      else if (key === 'context') rule.context = str(value, `${what}.context`);
      else if (key === 'kubeconfig') rule.kubeconfig = str(value, `${what}.kubeconfig`);
      else if (key === 'certSha256') {
        rule.certSha256 = list(value, 'certSha256').map((h) => h.toLowerCase());
        if (rule.certSha256.some((h) => !/^[0-9a-f]{64}$/.test(h))) fail(`${what}.certSha256: expected SHA-256 fingerprints (64 hex digits)`, value);
      } else if (key === 'method') {
        const m = str(value, `${what}.method`);
        if (m !== 'sealed-secrets' && m !== 'sops') fail(`${what}.method: expected sealed-secrets or sops`, value);
        rule.method = m as SealPolicyRule['method'];
      } else if (key === 'scope') {
        const s = str(value, `${what}.scope`);
        if (s !== 'strict' && s !== 'namespace-wide' && s !== 'cluster-wide') fail(`${what}.scope: expected strict, namespace-wide or cluster-wide`, value);
        rule.scope = s as SealPolicyRule['scope'];
      } else {
        rule.age = list(value, 'age');
        if (rule.age.length === 0) fail(`${what}.age: expected at least one recipient (or leave it out to use .sops.yaml)`, value);
      }
    }
    if (rule.path === undefined) fail(`${what}.path: required`, item);
    if (rule.method === undefined) fail(`${what}.method: required (sealed-secrets or sops)`, item);
    const sealedKeys = (['cert', 'controllerName', 'controllerNamespace', 'context', 'kubeconfig', 'certSha256', 'scope'] as const).filter((k) => rule[k] !== undefined);
    if (rule.method === 'sops' && sealedKeys.length) fail(`${what}.${sealedKeys[0]}: only for method sealed-secrets`, item);
    if (rule.method === 'sealed-secrets') {
      if (rule.age !== undefined) fail(`${what}.age: only for method sops`, item);
      const fromController = rule.controllerName !== undefined || rule.controllerNamespace !== undefined || rule.context !== undefined || rule.kubeconfig !== undefined;
      if (rule.cert === undefined && !fromController) {
        fail(`${what}.cert: required for method sealed-secrets (or controllerName/controllerNamespace with context to fetch it through kubectl)`, item);
      }
      if (rule.cert !== undefined && fromController) fail(`${what}: give either cert or the controller to fetch it from, not both`, item);
      // Fetching "whatever kubectl points at" is exactly how a dev certificate ends up sealing prod secrets.
      if (fromController && rule.context === undefined && rule.certSha256 === undefined) {
        fail(`${what}: a certificate fetched through kubectl needs a context (or a certSha256 pin), so the rule cannot seal for whichever cluster kubectl points at`, item);
      }
    }
    return rule as SealPolicyRule;
  }
}
