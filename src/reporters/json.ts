import type { Reporter } from './reporter.ts';

/** The documented JSON report: `{ version: 1, findings, summary, notes }` (rules are left to SARIF). */
export const json: Reporter = (report) => {
  const { version, findings, summary, notes } = report;
  return `${JSON.stringify({ version, findings, summary, notes }, null, 2)}\n`;
};
