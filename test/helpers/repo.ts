import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway git repository in a temp dir, for tests. */
export class TempRepo {
  readonly dir: string;

  constructor(opts: { git?: boolean } = {}) {
    this.dir = mkdtempSync(join(tmpdir(), 'sealgate-test-'));
    if (opts.git !== false) {
      this.git('init', '-q', '-b', 'main');
      this.git('config', 'user.name', 'Test');
      this.git('config', 'user.email', 'test@example.com');
      this.git('config', 'commit.gpgsign', 'false');
    }
  }

  /** Runs git in the repo and returns stdout. Extra env (e.g. GIT_COMMITTER_DATE) is merged in. */
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
  }

  gitEnv(env: Record<string, string>, ...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', ...env } });
  }

  /** Writes files (path → content) relative to the repo, creating directories. */
  write(files: Record<string, string | Uint8Array>): this {
    for (const [p, content] of Object.entries(files)) {
      const abs = join(this.dir, p);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
    return this;
  }

  /** Writes, stages and commits files; returns the new commit's sha. */
  commit(message: string, files: Record<string, string | Uint8Array> = {}): string {
    this.write(files);
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  path(p = ''): string {
    return join(this.dir, p);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
