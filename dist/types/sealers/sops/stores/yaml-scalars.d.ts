/**
 * Plain YAML scalars typed the way sops' YAML library (go.yaml.in/yaml/v3 resolve.go) types them, and
 * the reverse question: must a string be quoted so that yaml.v3 (and kubectl's YAML 1.1 reader) read it
 * back as a string.
 */
import { type Scalar } from '../values.js';
/** Thrown for values sops cannot hold (an integer above int64, which yaml.v3 makes a uint64). */
export declare class UnsupportedScalar extends Error {
}
/**
 * Resolves an untagged plain scalar like yaml.v3: `014` is 12, `0x1F` 31, `yes` a string, `2024-01-02`
 * a time, `1e3` a float.
 * @throws UnsupportedScalar for an integer beyond int64 (sops cannot hold it).
 */
export declare function resolvePlain(s: string): Scalar;
/** Resolves a scalar with an explicit core tag (`!!int "5"`); unknown tags read as strings, like yaml.v3. */
export declare function resolveTagged(tag: string, s: string): Scalar;
/** True when `s`, written plain, would not read back as the same string in yaml.v3 or YAML 1.1. */
export declare function needsQuotes(s: string): boolean;
