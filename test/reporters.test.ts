import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import AjvDraft4 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// CommonJS packages: their classes are on `.default` under Node's ESM interop.
const Ajv = AjvDraft4.default;
const addFormats = ajvFormats.default;
import { FORMATS, reporterFor } from '../src/reporters/index.ts';
import { ANNOTATIONS_PER_LEVEL } from '../src/reporters/github.ts';
import { escapeData, escapeProperty } from '../src/reporters/workflow-commands.ts';
import type { ReportContext } from '../src/reporters/reporter.ts';
import { assertGolden } from './helpers/golden.ts';
import { emptyReport, PLANTED, sampleReport } from './helpers/sample-report.ts';

const ctx: ReportContext = { color: false, version: '1.2.3', revealed: false, now: new Date('2026-11-29T12:00:00.000Z') };
const R = suite('reporters');

for (const format of FORMATS) {
  R(`${format}: matches its golden file`, () => {
    const ext = { text: 'txt', json: 'json', sarif: 'sarif', github: 'txt', gitlab: 'json', junit: 'xml', 'gitleaks-json': 'json' }[format];
    assertGolden(reporterFor(format)(sampleReport(), ctx), new URL(`fixtures/reporters/simple.${format}.${ext}`, import.meta.url));
  });
  R(`${format}: never contains a planted secret, and shows each finding`, () => {
    const out = reporterFor(format)(sampleReport(), ctx);
    for (const p of PLANTED) assert.not.ok(out.includes(p), `${format} leaked ${p}`);
    assert.ok(out.includes('deploy.sh'), `${format} lost a finding`);
  });
  R(`${format}: an empty report is well-formed`, () => {
    const out = reporterFor(format)(emptyReport(), ctx);
    if (format === 'json' || format === 'sarif' || format === 'gitlab' || format === 'gitleaks-json') JSON.parse(out);
    if (format === 'github') assert.is(out, '');
  });
}

R('sarif: validates against the SARIF 2.1.0 schema, one run, regions and fingerprints everywhere, no snippet', () => {
  const schema = JSON.parse(readFileSync(new URL('fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'));
  // The published schema has a pattern that is invalid with the /u flag, hence unicodeRegExp: false.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  for (const report of [sampleReport(), emptyReport()]) {
    const log = JSON.parse(reporterFor('sarif')(report, ctx));
    const valid: boolean = validate(log);
    assert.ok(valid, JSON.stringify(validate.errors, null, 1));
    assert.is(log.runs.length, 1);
    for (const r of log.runs[0].results) {
      assert.ok(r.locations[0].physicalLocation.region.startLine >= 1);
      assert.ok(r.partialFingerprints.primaryLocationLineHash);
      assert.is(log.runs[0].tool.driver.rules[r.ruleIndex].id, r.ruleId);
    }
    assert.not.ok(JSON.stringify(log).includes('snippet'));
  }
  const rules = JSON.parse(reporterFor('sarif')(sampleReport(), ctx)).runs[0].tool.driver.rules;
  assert.is(rules[0].properties['security-severity'], '9.5');
});

R('sarif: fingerprints hold no line number and survive a line shift', () => {
  const a = JSON.parse(reporterFor('sarif')(sampleReport(), ctx)).runs[0].results;
  const shifted = sampleReport();
  for (const f of shifted.findings) f.line += 7;
  const b = JSON.parse(reporterFor('sarif')(shifted, ctx)).runs[0].results;
  assert.equal(
    a.map((r: { partialFingerprints: unknown }) => r.partialFingerprints),
    b.map((r: { partialFingerprints: unknown }) => r.partialFingerprints),
  );
});

R('github: escapes as the Actions toolkit does', () => {
  assert.is(escapeData('100% a\r\nb'), '100%25 a%0D%0Ab');
  assert.is(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
  const out = reporterFor('github')(sampleReport(), ctx);
  assert.match(out, /^::error file=k8s\/apps\/db%2C "prod"%3Asecret\.yaml,line=9,/m);
  assert.not.match(out, /\n(?!$)[^:]/, 'a message broke onto a new line');
});

R('github: caps annotations per level and counts the rest', () => {
  const report = sampleReport();
  const base = report.findings[1]!;
  report.findings = Array.from({ length: 25 }, (_, i) => ({ ...base, line: i + 1 }));
  const out = reporterFor('github')(report, ctx).trimEnd().split('\n');
  assert.is(out.filter((l) => l.startsWith('::error')).length, ANNOTATIONS_PER_LEVEL);
  assert.match(out.at(-1) ?? '', /15 more findings not annotated/);
});

R('gitlab: has the fields schema 15.x requires, with GitLab time format', () => {
  const doc = JSON.parse(reporterFor('gitlab')(sampleReport(), ctx));
  assert.match(doc.version, /^\d+\.\d+\.\d+$/);
  assert.is(doc.scan.type, 'secret_detection');
  assert.match(doc.scan.start_time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  for (const k of ['analyzer', 'scanner']) for (const f of ['id', 'name', 'version']) assert.ok(doc.scan[k][f]);
  for (const v of doc.vulnerabilities) {
    assert.match(v.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.ok(v.identifiers.length >= 1);
    assert.ok(v.location.commit.sha);
    assert.ok(['Info', 'Unknown', 'Low', 'Medium', 'High', 'Critical'].includes(v.severity));
  }
});

R('junit: escapes XML and keeps one passing case for a clean scan', () => {
  const out = reporterFor('junit')(sampleReport(), ctx);
  assert.ok(out.includes('&lt;in&gt; a &quot;script&quot; &amp; more'));
  assert.match(reporterFor('junit')(emptyReport(), ctx), /failures="0"[\s\S]*<testcase classname="sealgate"/);
});

R('text: no colour unless asked, colour when asked', () => {
  assert.not.ok(reporterFor('text')(sampleReport(), ctx).includes('\x1b['));
  assert.ok(reporterFor('text')(sampleReport(), { ...ctx, color: true }).includes('\x1b['));
});

R('text: control characters in file names cannot reach the terminal', () => {
  const report = sampleReport();
  report.findings[0]!.file = 'evil\x1b]0;pwned\x07.yaml';
  const out = reporterFor('text')(report, ctx);
  assert.not.ok(out.includes('\x1b'));
  assert.ok(out.includes('evil\\x1b]0;pwned\\x07.yaml'));
});

R.run();
