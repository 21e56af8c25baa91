import { type PolicyCheck } from './check.js';
/** A Go `time.ParseDuration` string in seconds (`0` is allowed bare), or undefined when it is not one. */
export declare function durationSeconds(text: string): number | undefined;
export declare const externalSecretNoRefresh: PolicyCheck;
