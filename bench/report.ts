// BENCHMARKS.md is shared by every benchmark: each one owns a `## <Title>` section and replaces only that.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

const file = new URL('../BENCHMARKS.md', import.meta.url).pathname;
const HEADER = '# Benchmarks\n\nWritten by `npm run bench` (each section also by its own `npm run bench:<name>`). Numbers are medians of repeated runs on the machine named in each section.\n';

/** One line describing the machine a benchmark ran on. */
export function machine(): string {
  const cpu = cpus();
  return `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${new Date().toISOString().slice(0, 10)}`;
}

/** Replaces (or appends) the `## title` section of BENCHMARKS.md with `body`. */
export function writeSection(title: string, body: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const heading = `## ${title}\n`;
  const section = `${heading}\n${body.trim()}\n`;
  const start = text.indexOf(heading);
  if (start === -1) {
    writeFileSync(file, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const next = text.indexOf('\n## ', start + heading.length);
  writeFileSync(file, `${text.slice(0, start)}${section}${next === -1 ? '' : text.slice(next)}`);
}

/** The median of `xs`. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
