import type { Reporter } from './reporter.ts';

function xml(s: string): string {
  // XML 1.0 cannot carry most control characters at all, even escaped.
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * JUnit XML in gitleaks' layout: one failing test case per finding; a clean scan is one passing case, so
 * "0 failures" is visible in CI. Bodies hold the redacted finding only.
 */
export const junit: Reporter = (report) => {
  const s = report.summary;
  const cases = report.findings.map((f) => {
    const name = `${f.ruleId} has detected a secret in file ${f.file}, line ${f.line}.`;
    const body = JSON.stringify({ ruleId: f.ruleId, file: f.file, line: f.line, column: f.column, severity: f.severity, secret: f.secret, fingerprint: f.fingerprint, commit: f.commit }, null, 2);
    return `    <testcase classname="${xml(f.ruleId)}" file="${xml(f.file)}" name="${xml(name)}" time="0"><failure message="${xml(f.message)}" type="${xml(f.ruleId)}">${xml(body)}</failure></testcase>`;
  });
  if (cases.length === 0) cases.push(`    <testcase classname="sealgate" name="sealgate scanned ${s.files} file${s.files === 1 ? '' : 's'}: no findings" time="${(s.durationMs / 1000).toFixed(3)}"></testcase>`);
  const tests = Math.max(report.findings.length, 1);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${tests}" failures="${report.findings.length}">`,
    `  <testsuite name="sealgate" tests="${tests}" failures="${report.findings.length}" errors="0" time="${(s.durationMs / 1000).toFixed(3)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
