import type { Detection, RuleMeta } from '../../findings/finding.ts';
import { LineIndex } from '../../position.ts';
import type { Scanner } from '../scanner.ts';
import { CredentialEngine, type CredentialMatch } from './engine.ts';
import type { CredentialRule } from './rule.ts';
import { builtinCredentialRules } from './rules/index.ts';

const DEFAULT_HELP =
  'Revoke and rotate this credential, then remove it from the file (and from history if it was pushed); ' +
  'load it at run time from a secret store, or commit it only sealed (sealgate seal) or encrypted (sealgate encrypt).';
const KEY_HELP =
  'Treat the key as compromised: replace it, remove it from the repository (and history), and keep keys out of Git ' +
  'or commit them only sealed or encrypted.';

/** Documentation of a credential rule for reporters and help. */
export function credentialRuleMeta(rule: CredentialRule): RuleMeta {
  return {
    id: rule.id,
    category: 'credential',
    severity: rule.severity,
    title: rule.description,
    description: rule.description,
    help: rule.help ?? (rule.family === 'key-material' ? KEY_HELP : DEFAULT_HELP),
    tags: [rule.family, ...(rule.tags ?? [])],
  };
}

/**
 * The credential scanner (category `credential`) over `rules` (default: every built-in rule). Detections
 * point at the secret, or at the encoded text that held it, with 1-based lines and columns.
 * @throws Error when two rules share an id (a programming error, not bad input).
 */
export function credentialScanner(rules: readonly CredentialRule[] = builtinCredentialRules()): Scanner {
  const engine = new CredentialEngine(rules);
  return {
    id: 'credentials',
    rules: rules.map(credentialRuleMeta),
    scan(input) {
      const text = input.target.content;
      const matches = engine.detect(text, { path: input.target.path, decodeDepth: input.options.decodeDepth, parsed: input.parsed });
      if (matches.length === 0) return [];
      const lines = new LineIndex(text);
      return matches.map((m) => toDetection(m, lines));
    },
  };
}

function toDetection(m: CredentialMatch, lines: LineIndex): Detection {
  const a = lines.position(m.start);
  const b = lines.position(m.end);
  const via = m.decoded ? ` (inside ${m.decoded.join(' inside ')}-encoded text)` : '';
  return {
    ruleId: m.rule.id,
    category: 'credential',
    severity: m.rule.severity,
    message: `${m.rule.description.replace(/\.$/, '')}${via}.`,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    secret: m.secret,
  };
}
