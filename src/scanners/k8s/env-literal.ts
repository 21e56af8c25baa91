/**
 * `k8s-env-literal-secret`: secrets written into pod specs. In every container, init container and
 * ephemeral container of every pod template owner (found generically: `podSpecs`): literal `env[].value`
 * whose name says secret (on word tokens: `DB_PASSWORD` yes, `MONKEY`/`TOKEN_URL`/`PASSWORD_FILE` no) or
 * whose value is a private key, JWT or URL with a password; `--password=…`-style `args`/`command`; and
 * `httpHeaders` carrying `Authorization`. References, placeholders, paths, booleans and tiny numbers are not
 * literals.
 */
import type { Detection, RuleMeta } from '../../findings/finding.ts';
import { containersOf, objectRef, podSpecs, type ContainerRef } from '../../parse/manifest.ts';
import { at, entry, entrySpan, itemsOf, textAt } from '../../parse/nodes.ts';
import type { ManifestDoc, YMap, YNode } from '../../parse/types.ts';
import type { Scanner } from '../scanner.ts';
import { classifyContent } from '../common/content.ts';
import { classifyName, looksRandom, nameSaysSecret } from '../common/names.ts';
import { isLiteralValue } from '../common/values.ts';
import { kubeRef, manifestDetection, mentions, objectName, originSuffix, perDocumentScanner } from './common.ts';

export const envLiteralRule: RuleMeta = {
  id: 'k8s-env-literal-secret',
  category: 'secret-manifest',
  severity: 'high',
  title: 'Secret as a literal in a pod spec',
  description: 'A container env value, argument or probe header holds a literal secret: it is readable in the repository and in the API object.',
  help: 'Move the value into a Secret (sealed: `sealgate seal`) and reference it with `env[].valueFrom.secretKeyRef`; rotate the value.',
  tags: ['kubernetes', 'pod', 'env'],
  peers: ['kube-linter:env-var-secret', 'polaris:sensitiveContainerEnvVar', 'kubescape:C-0012', 'checkov:CKV_SECRET_10'],
};

/** `--password=x`, `-password=x`, `--db-password x` style flags whose name says secret (value in the same argument). */
const FLAG_WITH_VALUE = /^--?([A-Za-z][\w.-]{0,80})=(.+)$/s;
const FLAG_ALONE = /^--?([A-Za-z][\w.-]{0,80})$/;

function place(doc: ManifestDoc, c: ContainerRef): string {
  const ref = objectRef(doc);
  const container = c.name ? `${c.group === 'containers' ? 'container' : c.group === 'initContainers' ? 'init container' : 'ephemeral container'} "${c.name}"` : 'a container';
  return `${container} of ${ref.kind ?? 'object'} ${objectName(ref.name, ref.namespace)}`;
}

/** Why `value` under `name` is a secret: the name says so, or the content does; undefined when it is not one. */
function secretReason(name: string, value: string): { what: string; severity: 'critical' | 'high' } | undefined {
  if (!isLiteralValue(value)) return undefined;
  const c = classifyContent(value);
  if (c.severity === 'critical') return { what: c.label, severity: 'critical' };
  if (c.kind === 'jwt' || c.kind === 'dsn-password' || c.kind === 'registry-credentials') return { what: c.label, severity: 'high' };
  if (nameSaysSecret(name, value)) return { what: 'a literal value', severity: 'high' };
  return undefined;
}

function containerDetections(doc: ManifestDoc, c: ContainerRef): Detection[] {
  const out: Detection[] = [];
  const ref = objectRef(doc);
  const where = place(doc, c);
  const add = (span: YNode['span'], key: string, value: string, message: string, severity: 'critical' | 'high') => {
    out.push(
      manifestDetection(envLiteralRule, doc, span, {
        message: `${message}${originSuffix(doc)}.`,
        severity,
        secret: value,
        kubernetes: kubeRef(ref.kind ?? 'object', ref.name, ref.namespace, key),
      }),
    );
  };

  for (const item of itemsOf(at(c.node, 'env'))) {
    const name = textAt(item, 'name');
    const valueEntry = entry(item, 'value');
    if (name === undefined || !valueEntry || valueEntry.value.kind !== 'scalar' || valueEntry.value.templated) continue;
    const value = valueEntry.value.text;
    const why = secretReason(name, value);
    if (!why) continue;
    add(entrySpan(valueEntry), `env.${name}`, value, `Env var ${name} in ${where} is set to ${why.what} (use valueFrom.secretKeyRef)`, why.severity);
  }

  for (const field of ['command', 'args'] as const) {
    const items = itemsOf(at(c.node, field));
    items.forEach((item, i) => {
      if (item.kind !== 'scalar' || item.templated) return;
      const arg = item.text;
      const withValue = FLAG_WITH_VALUE.exec(arg);
      if (withValue) {
        const flag = withValue[1] as string;
        const value = (withValue[2] as string).replace(/^(['"])(.*)\1$/s, '$2');
        if (classifyName(flag) !== 'strong' || !isLiteralValue(value)) return;
        add(item.span, `${field}:--${flag}`, value, `Argument --${flag} in ${where} passes a literal secret on the command line`, 'high');
        return;
      }
      const alone = FLAG_ALONE.exec(arg);
      const next = items[i + 1];
      if (alone && next?.kind === 'scalar' && !next.templated && classifyName(alone[1] as string) === 'strong' && !next.text.startsWith('-') && isLiteralValue(next.text)) {
        add(next.span, `${field}:--${alone[1]}`, next.text, `Argument --${alone[1]} in ${where} passes a literal secret on the command line`, 'high');
        return;
      }
      // `sh -c "… --password=x …"` and similar inline shell: look for flag=value pairs inside the text.
      if (field !== 'command' && !arg.includes(' ')) return;
      for (const m of arg.matchAll(/(?:^|\s)--?([A-Za-z][\w.-]{0,80})[= ](['"]?)([^\s'"]{4,256})\2(?=\s|$)/g)) {
        const flag = m[1] as string;
        const value = m[3] as string;
        if (classifyName(flag) !== 'strong' || !isLiteralValue(value) || value.startsWith('-')) continue;
        add(item.span, `${field}:--${flag}`, value, `Argument --${flag} in ${where} passes a literal secret on the command line`, 'high');
      }
    });
  }

  for (const header of httpHeaders(c.node)) {
    const name = textAt(header, 'name') ?? '';
    const valueEntry = entry(header, 'value');
    if (!valueEntry || valueEntry.value.kind !== 'scalar' || valueEntry.value.templated) continue;
    const value = valueEntry.value.text;
    const credential = value.replace(/^(?:Bearer|Basic|Token|Bot)\s+/i, '');
    const sensitive = /^(?:authorization|proxy-authorization|x-api-key|x-auth-token|api-key|private-token|x-vault-token)$/i.test(name) || nameSaysSecret(name, credential);
    if (!sensitive || !isLiteralValue(credential) || (credential.length < 8 && !looksRandom(credential))) continue;
    add(entrySpan(valueEntry), `httpHeaders.${name}`, credential, `Probe header ${name} in ${where} carries a literal credential`, 'high');
  }
  return out;
}

/** Every `httpHeaders` list item of a container: probes and lifecycle hooks (`…httpGet.httpHeaders`). */
function httpHeaders(container: YMap): YNode[] {
  const out: YNode[] = [];
  for (const probe of ['livenessProbe', 'readinessProbe', 'startupProbe']) out.push(...itemsOf(at(container, probe, 'httpGet', 'httpHeaders')));
  for (const hook of ['postStart', 'preStop']) out.push(...itemsOf(at(container, 'lifecycle', hook, 'httpGet', 'httpHeaders')));
  return out;
}

export const envLiteralScanner: Scanner = perDocumentScanner('k8s-env-literal', [envLiteralRule], mentions('containers', 'Containers'), (doc) =>
  podSpecs(doc).flatMap((pod) => containersOf(pod.spec).flatMap((c) => containerDetections(doc, c))),
);
