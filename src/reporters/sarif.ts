import type { Finding, RuleMeta, Severity } from '../findings/finding.ts';
import type { Reporter } from './reporter.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub reads any `security-severity` as a security alert: >9 critical, 7–8.9 high, 4–6.9 medium, <4 low. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

/**
 * SARIF 2.1.0 for GitHub code scanning: exactly one run (upload-sarif rejects several runs of one tool and
 * category), every result with a region, stable `partialFingerprints` that hold no line number, and no
 * snippet anywhere (the secret stays out of the file).
 */
export const sarif: Reporter = (report, ctx) => {
  const rules = report.rules;
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const seen = new Map<string, number>();
  const results = report.findings.map((f) => {
    // Two findings with one fingerprint (the same secret twice in a file) need distinct hashes.
    const n = (seen.get(f.fingerprint) ?? 0) + 1;
    seen.set(f.fingerprint, n);
    return result(f, index.get(f.ruleId) ?? 0, n);
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sealgate',
            semanticVersion: ctx.version,
            informationUri: 'https://github.com/sealgate/sealgate',
            rules: rules.map(rule),
          },
        },
        automationDetails: { id: 'sealgate/' },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function rule(r: RuleMeta) {
  return {
    id: r.id,
    name: r.id
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description },
    help: { text: r.help || r.description, markdown: r.help || r.description },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: ['security', r.category, ...(r.tags ?? [])].slice(0, 20),
      precision: r.category === 'secret-manifest' ? 'very-high' : 'high',
      'security-severity': SECURITY_SEVERITY[r.severity],
      ...(r.peers?.length ? { peers: [...r.peers] } : {}),
    },
  };
}

function result(f: Finding, ruleIndex: number, occurrence: number) {
  const properties: Record<string, unknown> = { severity: f.severity };
  if (f.kubernetes) properties['kubernetes'] = f.kubernetes;
  if (f.commit) {
    properties['commit'] = f.commit;
    if (f.author) properties['author'] = f.author;
    if (f.date) properties['date'] = f.date;
  }
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: Math.max(f.endColumn, 1) },
        },
      },
    ],
    partialFingerprints: { primaryLocationLineHash: `${f.fingerprint}:${occurrence}`, 'sealgate/v1': f.fingerprint },
    properties,
  };
}
