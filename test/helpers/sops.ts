import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SOPS_FIXTURES = new URL('../fixtures/sops/', import.meta.url).pathname;

/** A test age key pair from test/fixtures/sops/keys (never use them for anything real). */
export interface TestKey {
  file: string;
  identity: string;
  recipient: string;
}

function key(name: string): TestKey {
  const file = join(SOPS_FIXTURES, 'keys', `${name}.agekey`);
  const text = readFileSync(file, 'utf8');
  return {
    file,
    identity: text.split('\n').find((l) => l.startsWith('AGE-SECRET-KEY-')) as string,
    recipient: (/# public key: (\S+)/.exec(text) as RegExpExecArray)[1] as string,
  };
}

export const ALICE = key('alice');
export const BOB = key('bob');

export function fixture(path: string): Buffer {
  return readFileSync(join(SOPS_FIXTURES, path));
}

export function text(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
}

/** An OpenSSH ed25519 test key pair (keys/ssh_ed25519, made with ssh-keygen). */
export const SSH = {
  file: join(SOPS_FIXTURES, 'keys', 'ssh_ed25519'),
  recipient: readFileSync(join(SOPS_FIXTURES, 'keys', 'ssh_ed25519.pub'), 'utf8').trim(),
  rsaFile: join(SOPS_FIXTURES, 'keys', 'ssh_rsa'),
};
