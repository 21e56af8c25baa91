import { type SopsConfig, type SopsFormat } from '../sealers/sops/index.js';
import { type CliIO } from './io.js';
export interface SopsInput {
    bytes: Uint8Array;
    /** The name for messages: the path as given, the override, or `-`. */
    name: string;
    /** Absolute path used for `.sops.yaml` rules and in-place writes (undefined for stdin without override). */
    absPath: string | undefined;
    /** Absolute path of the file read (undefined for stdin). */
    filePath: string | undefined;
    /** True when read from stdin. */
    stdin: boolean;
}
/**
 * Runs a `parseArgs` call.
 * @throws SealgateError('USAGE') pointing at the command's help when the arguments are invalid.
 */
export declare function parseOrUsage<T>(parse: () => T, command: string): T;
/**
 * Reads FILE, or stdin for no FILE or `-`.
 * @throws SealgateError('INPUT') when the file cannot be read; ('USAGE') for more than one file.
 */
export declare function readSopsInput(positionals: string[], io: CliIO, filenameOverride: string | undefined): Promise<SopsInput>;
/**
 * Input and output formats: the flags, else the file name's extension (as sops does).
 * @throws SealgateError('USAGE') for an unknown type, or stdin without a type or file name.
 */
export declare function resolveFormats(input: SopsInput, inputType: string | undefined, outputType: string | undefined): {
    input: SopsFormat;
    output: SopsFormat;
};
/** `.sops.yaml`: `--config`, else `SOPS_CONFIG`, else found from the working directory upwards. */
export declare function findAndLoadSopsConfig(io: CliIO, explicit: string | undefined): SopsConfig | undefined;
/** Runs `fn`, giving errors that name no file the input's name. */
export declare function namingFile<T>(file: string, fn: () => Promise<T> | T): Promise<T>;
/**
 * Writes the result: back to the input (`--in-place`, atomically, keeping its mode), to `--output`, or
 * returns it for stdout.
 * @throws SealgateError('USAGE') for `--in-place` with stdin or with `--output`.
 */
export declare function writeSopsOutput(io: CliIO, input: SopsInput, data: string | Uint8Array, opts: {
    inPlace?: boolean;
    output?: string;
}): string;
export declare const FORMAT_OPTIONS: {
    readonly 'input-type': {
        readonly type: 'string';
    };
    readonly 'output-type': {
        readonly type: 'string';
    };
    readonly 'filename-override': {
        readonly type: 'string';
    };
};
