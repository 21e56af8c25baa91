import { parseArgs, type ParseArgsConfig } from 'node:util';
import { type SealedSecretScope } from '../parse/sealed-secret.js';
import { type SealingKey } from '../sealers/kubeseal/cert.js';
import { type CommandRunner } from '../sealers/kubeseal/cert-source.js';
import { type UnsealingKey } from '../sealers/kubeseal/keys.js';
import type { ManifestFormat } from '../sealers/kubeseal/manifests.js';
import { type CliIO, type CliResult } from './io.js';
type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends OptionsConfig> = ReturnType<typeof parseArgs<{
    args: string[];
    options: T;
    allowPositionals: true;
    strict: true;
}>>;
/** Shared by the sealing commands: parseArgs with errors that point at the command's help. */
export declare function parseCommandArgs<T extends OptionsConfig>(command: string, argv: string[], options: T): Parsed<T>;
/** Reads the input named by the command's positional (a path, `-` or nothing for stdin), as text. */
export declare function readInputText(path: string | undefined, io: CliIO): Promise<{
    text: string;
    file: string;
}>;
/**
 * Reads a manifest named on the command line (relative to the CLI's cwd).
 * @throws SealgateError('INPUT') naming it when it cannot be read or is larger than a manifest can be.
 */
export declare function readFileText(path: string, io: CliIO): string;
export declare function readFileBytes(path: string, io: CliIO): Buffer;
/** `--scope` checked against the three names (kubeseal's message). */
export declare function scopeOption(value: string | undefined): SealedSecretScope | undefined;
/** `--format` (case-insensitive, like kubeseal); undefined when not given. */
export declare function formatOption(value: string | undefined): ManifestFormat | undefined;
/** Options that say where the sealing certificate comes from. */
export interface CertOptions {
    cert?: string | undefined;
    'controller-name'?: string | undefined;
    'controller-namespace'?: string | undefined;
    kubeconfig?: string | undefined;
    context?: string | undefined;
}
export declare const CERT_OPTIONS: {
    readonly cert: {
        readonly type: 'string';
    };
    readonly 'controller-name': {
        readonly type: 'string';
    };
    readonly 'controller-namespace': {
        readonly type: 'string';
    };
    readonly kubeconfig: {
        readonly type: 'string';
    };
    readonly context: {
        readonly type: 'string';
    };
};
/**
 * The key to seal for: `--cert` (file or URL), else `SEALED_SECRETS_CERT`, else the controller's
 * certificate fetched through kubectl (`--controller-name`/`--controller-namespace`, or the
 * `SEALED_SECRETS_CONTROLLER_NAME`/`_NAMESPACE` env vars, default kube-system/sealed-secrets-controller).
 */
export declare function resolveSealingKey(v: CertOptions, io: CliIO, runner?: CommandRunner): Promise<SealingKey>;
/** Loads every `--key` file; `no private key` when none is given. */
export declare function loadKeyFiles(paths: readonly string[] | undefined, io: CliIO, flag?: string): UnsealingKey[];
/**
 * Finishes a command: writes `output` atomically to `write` (relative to cwd) or returns it as stdout;
 * warnings go to stderr.
 */
export declare function finish(output: string, warnings: readonly string[], write: string | undefined, io: CliIO, mode?: number): CliResult;
/** Refuses to overwrite `path` (used for private keys, which must never be replaced by accident). */
export declare function refuseExisting(path: string, io: CliIO, flag: string): void;
export {};
