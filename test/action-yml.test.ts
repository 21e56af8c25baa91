import { existsSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseDocument } from 'yaml';

const root = new URL('..', import.meta.url);

test('action.yml is valid YAML and declares what the Action reads and writes', () => {
  const doc = parseDocument(readFileSync(new URL('action.yml', root), 'utf8'), { prettyErrors: false });
  assert.equal(doc.errors.map((e) => e.message), []);
  const action = doc.toJS() as { name: string; description: string; runs: { using: string; main: string }; inputs: Record<string, { description: string }>; outputs: Record<string, unknown> };
  assert.ok(action.name && action.description);
  assert.is(action.runs.using, 'node24');
  assert.ok(existsSync(new URL(action.runs.main, root)), `${action.runs.main} is missing`);
  assert.equal(Object.keys(action.inputs).sort(), ['baseline', 'config', 'fail-on', 'path', 'sarif-file', 'scan']);
  for (const [name, input] of Object.entries(action.inputs)) assert.ok(input.description, `input ${name} has no description`);
  assert.equal(Object.keys(action.outputs).sort(), ['findings', 'sarif-file']);
  // Every input the code reads is declared (INPUT_<NAME> from readInputs).
  const code = readFileSync(new URL('src/action/inputs.ts', root), 'utf8');
  for (const m of code.matchAll(/input\(env, '([a-z-]+)'\)/g)) assert.ok(m[1] && m[1] in action.inputs, `input ${m[1]} is read but not declared`);
});

test('.pre-commit-hooks.yaml is valid YAML with the documented hooks', () => {
  const doc = parseDocument(readFileSync(new URL('.pre-commit-hooks.yaml', root), 'utf8'), { prettyErrors: false });
  assert.equal(doc.errors.map((e) => e.message), []);
  const hooks = doc.toJS() as { id: string; entry: string; language: string }[];
  assert.ok(hooks.some((h) => h.id === 'sealgate' && h.entry === 'sealgate scan --staged' && h.language === 'node'));
});

test.run();
