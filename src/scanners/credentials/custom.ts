import { SealgateError } from '../../errors.ts';
import type { Severity } from '../../findings/finding.ts';
import type { CredentialRule } from './rule.ts';

/** A user-defined rule as written in `.sealgate.yaml` `rules.custom` (the config module's `CustomRuleConfig`). */
export interface CustomRuleSpec {
  id: string;
  regex: string;
  description?: string;
  keywords?: string[];
  entropy?: number;
  secretGroup?: number;
  severity?: Severity;
  paths?: string[];
  line?: number;
}

/** Nested unbounded quantifiers, `(a+)+`, `(\w*)*`, `(x+y?)+`: the classic catastrophic-backtracking shape. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\})/;
/** Alternatives that can match the same text under a quantifier, `(a|a)*`, `(\w|\d)+`. */
const QUANTIFIED_ALTERNATION = /\((?:\?:)?(\\[wd]|\.)\|(?:\\[wd]|\.)\)[+*]/;

/**
 * Turns config rules into credential rules. Accepts gitleaks' leading `(?i)`; keywords are lower-cased
 * (a rule without keywords runs on every file). Custom rules belong to the `custom` family, so they win
 * over the generic rules on the same line.
 * @throws SealgateError(CONFIG) naming `file` and the rule's line when a regex does not compile, has the
 * nested-quantifier shape that backtracks catastrophically, or has fewer groups than `secretGroup`, or
 * when an id repeats or collides with `builtinIds`.
 */
export function customRules(specs: readonly CustomRuleSpec[], file: string | undefined, builtinIds: ReadonlySet<string> = new Set()): CredentialRule[] {
  const seen = new Set<string>();
  return specs.map((spec, i) => {
    const where = `rules.custom[${i}] (${spec.id})`;
    const fail = (message: string): never => {
      throw new SealgateError('CONFIG', `${where}: ${message}`, file, spec.line);
    };
    if (seen.has(spec.id) || builtinIds.has(spec.id)) fail('id already used by another rule');
    seen.add(spec.id);
    let source = spec.regex;
    let flags = '';
    if (source.startsWith('(?i)')) {
      source = source.slice(4);
      flags = 'i';
    }
    if (NESTED_QUANTIFIER.test(source) || QUANTIFIED_ALTERNATION.test(source)) {
      fail('regex has a nested or ambiguous unbounded quantifier (like (a+)+), which can backtrack catastrophically; bound it, e.g. {1,100}');
    }
    let regex: RegExp;
    try {
      regex = new RegExp(source, flags);
    } catch {
      return fail('invalid regular expression');
    }
    const groups = (new RegExp(`${source}|`, flags).exec('')?.length ?? 1) - 1;
    if (spec.secretGroup !== undefined && (!Number.isInteger(spec.secretGroup) || spec.secretGroup > groups)) {
      fail(`secretGroup ${spec.secretGroup} but the regex has ${groups} group(s)`);
    }
    const rule: CredentialRule = {
      id: spec.id,
      description: spec.description ?? `Custom rule ${spec.id}`,
      family: 'custom',
      regex,
      keywords: (spec.keywords ?? []).map((k) => k.toLowerCase()).filter((k) => k !== ''),
      severity: spec.severity ?? 'high',
      tps: [],
      fps: [],
    };
    if (spec.secretGroup !== undefined) rule.secretGroup = spec.secretGroup;
    if (spec.entropy !== undefined) rule.entropy = spec.entropy;
    if (spec.paths !== undefined && spec.paths.length > 0) rule.path = globsToRegExp(spec.paths);
    return rule;
  });
}

/** `**` any depth, `*` within a segment, `?` one character; a glob without `/` matches the base name anywhere. */
function globsToRegExp(globs: readonly string[]): RegExp {
  const one = (g: string) => {
    const body = g
      .split('**')
      .map((part) => part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'))
      .join('.*');
    return g.includes('/') ? `^${body.replace(/^\.\*\//, '(?:.*/)?')}$` : `(?:^|/)${body}$`;
  };
  return new RegExp(globs.map(one).join('|'));
}
