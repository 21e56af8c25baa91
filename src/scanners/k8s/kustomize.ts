/**
 * `kustomize-secret-generator`: a kustomization's `secretGenerator` builds Secrets from `literals` (plaintext
 * in the kustomization itself) and from `envs`/`env` and `files` (files next to it, `key=path` allowed),
 * resolved relative to the kustomization's directory with `input.readFile()`.
 *
 * Where it is reported: in the kustomization, at the literal or at the line naming the file, one
 * detection per key (env files) or per file. A change that only edits an env file (`app.env`, `.env.prod`)
 * is also caught from the env file's side: its added lines are reported when a kustomization in its
 * directory or the one above reads it through `envs`. That side runs only for changes (staged, range,
 * history): in a full scan the kustomization already reports every key, and reporting from both sides
 * would double each finding.
 */
import { posix } from 'node:path';
import type { Detection, RuleMeta, Severity } from '../../findings/finding.ts';
import { parseFile } from '../../parse/file.ts';
import { ENV_FILE_NAME, isKustomizationPath, KUSTOMIZATION_FILES } from '../../kustomize-names.ts';
import { at, entry, itemsOf, textAt } from '../../parse/nodes.ts';
import type { ManifestDoc, YNode, YScalar } from '../../parse/types.ts';
import type { Scanner, ScanInput } from '../scanner.ts';
import { classifyContent, contentNote } from '../common/content.ts';
import { looksRandom, nameSaysSecret } from '../common/names.ts';
import { isLiteralValue } from '../common/values.ts';
import { kubeRef, manifestDetection } from './common.ts';

export const kustomizeRule: RuleMeta = {
  id: 'kustomize-secret-generator',
  category: 'secret-manifest',
  severity: 'high',
  title: 'Plaintext input of a kustomize secretGenerator',
  description: 'A kustomize secretGenerator takes its values from literals or files committed in plaintext; the generated Secret is only as safe as those files.',
  help: 'Generate the Secret from a sealed or SOPS-encrypted source instead (SealedSecret, KSOPS), remove the plaintext literal or file, and rotate the value.',
  tags: ['kubernetes', 'kustomize', 'secret'],
  peers: ['gitleaks:kubernetes-secret-yaml'],
};

function isKustomization(path: string, doc: ManifestDoc): boolean {
  const kind = textAt(doc.root, 'kind');
  if (kind === 'Kustomization' || kind === 'Component') return (textAt(doc.root, 'apiVersion') ?? '').startsWith('kustomize.config.k8s.io/');
  return isKustomizationPath(path) && kind === undefined;
}

/** One `KEY=VALUE` line of a dotenv file: the value unquoted, and where it is (1-based line and columns). */
export interface EnvEntry {
  key: string;
  value: string;
  line: number;
  column: number;
  endColumn: number;
}

/** `KEY=VALUE` lines of a dotenv file (`export `, quotes and trailing comments handled), in file order. */
export function envFileEntries(text: string): EnvEntry[] {
  const out: EnvEntry[] = [];
  text.split('\n').forEach((raw, i) => {
    const full = raw.replace(/\r$/, '');
    const line = full.trim();
    if (line === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    if (eq <= 0) return;
    const key = line.slice(0, eq).replace(/^export\s+/, '').trim();
    let value = line.slice(eq + 1).trim();
    const q = value[0];
    if ((q === '"' || q === "'") && value.lastIndexOf(q) > 0) value = value.slice(1, value.lastIndexOf(q));
    else if (value.includes(' #')) value = value.slice(0, value.indexOf(' #')).trim();
    const start = full.indexOf(value, full.indexOf('=') + 1); // the value is the first text after `=` (or its quote)
    out.push({ key, value, line: i + 1, column: start + 1, endColumn: start + 1 + value.length });
  });
  return out;
}

/** Resolves `file` against the kustomization's directory; undefined for absolute paths or paths leaving the repo. */
function resolveIn(kustomizationPath: string, file: string): string | undefined {
  if (file === '' || posix.isAbsolute(file) || /^[a-z]+:\/\//i.test(file)) return undefined;
  const joined = posix.normalize(posix.join(posix.dirname(kustomizationPath), file));
  return joined.startsWith('../') || joined === '..' ? undefined : joined;
}

/**
 * Everything a secretGenerator reads ends up in a Secret, so every value is reported; one whose name and
 * shape say nothing secret (`LOG_LEVEL=info`) only at `low`.
 */
function inputSeverity(key: string, value: string): Severity {
  const c = classifyContent(value);
  if (c.kind !== 'text') return c.severity === 'info' ? 'low' : c.severity;
  return nameSaysSecret(key, value) || looksRandom(value) ? 'high' : 'low';
}

function scalars(n: YNode | undefined): YScalar[] {
  if (n?.kind === 'scalar') return [n];
  return itemsOf(n).filter((i): i is YScalar => i.kind === 'scalar');
}

/** A generator's env files: `envs`, and the singular `env` older kustomize versions read. */
function envFilesOf(gen: YNode): YScalar[] {
  return [...scalars(at(gen, 'envs')), ...scalars(at(gen, 'env'))];
}

async function generatorDetections(path: string, doc: ManifestDoc, gen: YNode, readFile: (p: string) => Promise<string | undefined>): Promise<Detection[]> {
  const out: Detection[] = [];
  const name = textAt(gen, 'name');
  const namespace = textAt(gen, 'namespace');
  const label = `secretGenerator "${name ?? '(unnamed)'}"`;
  const add = (span: YScalar['span'], key: string, secret: string, message: string, severity: Severity) => {
    out.push(manifestDetection(kustomizeRule, doc, span, { message, severity, secret, kubernetes: kubeRef('Secret', name, namespace, key) }));
  };

  for (const lit of scalars(at(gen, 'literals'))) {
    if (lit.templated) continue;
    const eq = lit.text.indexOf('=');
    if (eq <= 0) continue;
    const key = lit.text.slice(0, eq).trim();
    const value = lit.text.slice(eq + 1).trim().replace(/^(['"])(.*)\1$/s, '$2');
    if (!isLiteralValue(value)) continue;
    const c = classifyContent(value);
    add(lit.span, key, value, `${label} has the literal ${key} in plaintext${contentNote(c)}.`, inputSeverity(key, value));
  }

  for (const f of envFilesOf(gen)) {
    if (f.templated) continue;
    const resolved = resolveIn(path, f.text.trim());
    const text = resolved === undefined ? undefined : await readFile(resolved);
    if (text === undefined) continue;
    for (const { key, value } of envFileEntries(text)) {
      if (!isLiteralValue(value)) continue;
      add(f.span, `${f.text.trim()}:${key}`, value, `${label} reads ${key} in plaintext from the env file ${resolved}.`, inputSeverity(key, value));
    }
  }

  for (const f of scalars(at(gen, 'files'))) {
    if (f.templated) continue;
    const spec = f.text.trim();
    const eq = spec.indexOf('=');
    const key = eq > 0 ? spec.slice(0, eq) : posix.basename(spec);
    const file = eq > 0 ? spec.slice(eq + 1) : spec;
    const resolved = resolveIn(path, file);
    const text = resolved === undefined ? undefined : await readFile(resolved);
    if (text === undefined || text.trim() === '' || text.includes('ENC[AES256_GCM,') || text.includes('-----BEGIN AGE ENCRYPTED FILE-----')) continue;
    const c = classifyContent(text);
    if (c.kind === 'certificate') continue; // certificates are public
    add(f.span, key, text, `${label} packs the plaintext file ${resolved} into key ${key}${contentNote(c)}.`, c.severity);
  }
  return out;
}

/** The env file's side: its lines, when a kustomization in its directory or the one above reads it via `envs`. */
async function envFileDetections(input: ScanInput): Promise<Detection[]> {
  const path = input.target.path;
  const dir = posix.dirname(path);
  const dirs = [...new Set([dir, posix.dirname(dir)])];
  for (const d of dirs) {
    for (const name of KUSTOMIZATION_FILES) {
      const kpath = d === '.' ? name : `${d}/${name}`;
      const text = await input.readFile(kpath);
      if (text === undefined || !text.includes('secretGenerator')) continue;
      for (const doc of parseFile(kpath, text).docs) {
        if (!isKustomization(kpath, doc)) continue;
        for (const gen of itemsOf(entry(doc.root, 'secretGenerator')?.value)) {
          const reads = envFilesOf(gen).some((f) => !f.templated && resolveIn(kpath, f.text.trim()) === path);
          if (reads) return envLineDetections(input.target.content, path, kpath, gen);
        }
      }
    }
  }
  return [];
}

function envLineDetections(text: string, path: string, kustomization: string, gen: YNode): Detection[] {
  const name = textAt(gen, 'name');
  const namespace = textAt(gen, 'namespace');
  return envFileEntries(text)
    .filter((e) => isLiteralValue(e.value))
    .map((e) => ({
      ruleId: kustomizeRule.id,
      category: kustomizeRule.category,
      severity: inputSeverity(e.key, e.value),
      message: `${e.key} feeds secretGenerator "${name ?? '(unnamed)'}" of ${kustomization} in plaintext from ${path}.`,
      line: e.line,
      column: e.column,
      endLine: e.line,
      endColumn: e.endColumn,
      secret: e.value,
      kubernetes: kubeRef('Secret', name, namespace, e.key),
    }));
}

export const kustomizeScanner: Scanner = {
  id: 'kustomize',
  rules: [kustomizeRule],
  async scan(input) {
    const out: Detection[] = [];
    if (input.target.added !== 'all' && ENV_FILE_NAME.test(input.target.path)) return envFileDetections(input);
    if (!input.target.content.includes('secretGenerator')) return out; // no parse for files that cannot match
    for (const doc of input.parsed().docs) {
      if (!isKustomization(input.target.path, doc)) continue;
      for (const gen of itemsOf(entry(doc.root, 'secretGenerator')?.value)) {
        out.push(...(await generatorDetections(input.target.path, doc, gen, (p) => input.readFile(p))));
      }
    }
    return out;
  },
};
