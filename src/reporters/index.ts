import { json } from './json.ts';
import type { Reporter } from './reporter.ts';
import { text } from './text.ts';

export type { Reporter, ReportContext } from './reporter.ts';

export const FORMATS = ['text', 'json'] as const;
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
    default:
      return format satisfies never;
  }
}
