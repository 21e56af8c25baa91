// Interim check of every rule's own examples, until the engine's table-driven test lands: keyword prefilter,
// regex, secret group, entropy and the rule's allowlist, as the engine applies them.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { builtinCredentialRules } from '../src/scanners/credentials/rules/index.ts';
import type { CredentialRule } from '../src/scanners/credentials/rule.ts';

function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) h -= (c / s.length) * Math.log2(c / s.length);
  return h;
}

function secrets(rule: CredentialRule, text: string): string[] {
  const lower = text.toLowerCase();
  if (!rule.keywords.some((k) => lower.includes(k))) return [];
  const out: string[] = [];
  for (const m of text.matchAll(new RegExp(rule.regex.source, `${rule.regex.flags}g`))) {
    const secret = rule.secretGroup !== undefined ? m[rule.secretGroup] : (m.slice(1).find((g) => g !== undefined) ?? m[0]);
    if (secret === undefined) continue;
    if (rule.entropy !== undefined && entropy(secret) < rule.entropy) continue;
    if (rule.allow?.regexes?.some((r) => r.test(secret))) continue;
    if (rule.allow?.stopwords?.some((w) => secret.toLowerCase().includes(w))) continue;
    out.push(secret);
  }
  return out;
}

const builtinRules = builtinCredentialRules();
const E = suite('credential rule examples (interim)');
for (const rule of builtinRules) {
  E(rule.id, () => {
    for (const tp of rule.tps) assert.ok(secrets(rule, tp).length > 0, `tp not found: ${tp}`);
    for (const fp of rule.fps) assert.equal(secrets(rule, fp), [], `fp found: ${fp}`);
  });
}
E.run();
