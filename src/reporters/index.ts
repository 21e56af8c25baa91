import { github } from './github.ts';
import { gitlab } from './gitlab.ts';
import { gitleaksJson } from './gitleaks-json.ts';
import { json } from './json.ts';
import { junit } from './junit.ts';
import type { Reporter } from './reporter.ts';
import { sarif } from './sarif.ts';
import { text } from './text.ts';

export type { Reporter, ReportContext } from './reporter.ts';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab', 'junit', 'gitleaks-json'] as const;
export type Format = (typeof FORMATS)[number];

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

/** The reporter for `format`. */
export function reporterFor(format: Format): Reporter {
  switch (format) {
    case 'text':
      return text;
    case 'json':
      return json;
    case 'sarif':
      return sarif;
    case 'github':
      return github;
    case 'gitlab':
      return gitlab;
    case 'junit':
      return junit;
    case 'gitleaks-json':
      return gitleaksJson;
    default:
      return format satisfies never;
  }
}
