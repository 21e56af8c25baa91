import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../atomic-write.ts';
import { findConfig, loadConfig } from '../config/load.ts';
import { defaultConfig } from '../config/config.ts';
import { isSealgateError } from '../errors.ts';
import { severityRank } from '../findings/finding.ts';
import { scan } from '../pipeline/scan.ts';
import { reporterFor } from '../reporters/index.ts';
import { escapeData } from '../reporters/workflow-commands.ts';
import { findRepoRoot } from '../sources/index.ts';
import { VERSION } from '../version.ts';
import { rangeForEvent, readInputs } from './inputs.ts';
import { jobSummary } from './summary.ts';

export interface ActionResult {
  exitCode: number;
  /** The step log: annotations and the human report (the latter inside stop-commands). */
  stdout: string;
}

/**
 * The GitHub Action: reads INPUT_* and GITHUB_* from `env`, scans the pull request's or push's commits (or
 * the tree), writes annotations, the job summary, outputs and the SARIF file. Exit 1 when a finding
 * reaches `fail-on`, 2 on an error (also shown as an error annotation).
 */
export async function runAction(env: Record<string, string | undefined>, cwd: string): Promise<ActionResult> {
  const log: string[] = [];
  try {
    const inputs = readInputs(env);
    const range = rangeForEvent(env, inputs.scan);
    const configPath = findConfig(cwd, findRepoRoot(cwd), inputs.config, env);
    const config = configPath ? loadConfig(configPath) : defaultConfig();
    if (inputs.baseline) config.baseline = inputs.baseline;
    const report = await scan({ cwd, config, ...(range ? { range } : { paths: [inputs.path] }) });
    const ctx = { color: false, version: VERSION, revealed: false };

    log.push(reporterFor('github')(report, ctx).trimEnd());
    // File names and messages come from the repository: stop GitHub from reading them as commands.
    const token = randomUUID();
    log.push(`::stop-commands::${token}`, reporterFor('text')(report, ctx).trimEnd(), `::${token}::`);

    let sarifPath = '';
    if (inputs.sarifFile) {
      sarifPath = resolve(cwd, inputs.sarifFile);
      writeFileAtomic(sarifPath, reporterFor('sarif')(report, ctx));
    }
    if (env['GITHUB_STEP_SUMMARY']) appendFileSync(env['GITHUB_STEP_SUMMARY'], jobSummary(report, range));
    if (env['GITHUB_OUTPUT']) {
      appendFileSync(env['GITHUB_OUTPUT'], output('findings', String(report.findings.length)) + output('sarif-file', inputs.sarifFile ? sarifPath : ''));
    }
    const failing = report.findings.filter((f) => severityRank(f.severity) >= severityRank(inputs.failOn)).length;
    if (failing) log.push(`::error title=sealgate::${failing} finding${failing === 1 ? '' : 's'} at or above '${inputs.failOn}'`);
    return { exitCode: failing ? 1 : 0, stdout: `${log.filter(Boolean).join('\n')}\n` };
  } catch (e) {
    const message = isSealgateError(e) ? e.toLine() : `internal error ${(e as Error)?.name ?? 'Error'}`;
    log.push(`::error title=sealgate::${escapeData(message)}`);
    return { exitCode: 2, stdout: `${log.filter(Boolean).join('\n')}\n` };
  }
}

/** A GITHUB_OUTPUT entry in the toolkit's heredoc form. */
function output(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
