import { binaryStore } from './binary.ts';
import { dotenvStore } from './dotenv.ts';
import { iniStore } from './ini.ts';
import { jsonStore } from './json.ts';
import type { SopsFormat, Store } from './store.ts';
import { yamlStore } from './yaml.ts';

export type { SopsFormat, Store, LoadedFile } from './store.ts';
export { SOPS_FORMATS } from './store.ts';

const STORES: Record<SopsFormat, Store> = { yaml: yamlStore, json: jsonStore, dotenv: dotenvStore, ini: iniStore, binary: binaryStore };

export function storeFor(format: SopsFormat): Store {
  return STORES[format];
}

/** The format sops picks from a file name (cmd/sops/formats): .yaml/.yml, .json, .env, .ini, else binary. */
export function formatFromPath(path: string): SopsFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.env')) return 'dotenv';
  if (lower.endsWith('.ini')) return 'ini';
  return 'binary';
}
