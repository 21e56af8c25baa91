import { type Config } from './config.js';
export declare const CONFIG_NAMES: readonly ['.sealgate.yaml', '.sealgate.yml', '.sealgate.json'];
/**
 * Finds the config file: `explicit` (from `--config`), else `$SEALGATE_CONFIG`, else the first
 * `.sealgate.{yaml,yml,json}` walking up from `cwd` to `stopAt` (the repo root) inclusive.
 * @returns the absolute path, or undefined when there is none.
 * @throws SealgateError(CONFIG) when an explicitly named file does not exist.
 */
export declare function findConfig(cwd: string, stopAt: string | undefined, explicit?: string, env?: NodeJS.ProcessEnv): string | undefined;
/**
 * Reads and validates a config file.
 * @throws SealgateError(CONFIG) naming the file, the line and what was expected.
 */
export declare function loadConfig(path: string): Config;
/** Validates config text; `path` is only used in messages. */
export declare function parseConfig(text: string, path: string): Config;
