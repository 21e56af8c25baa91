/** The SOPS MAC check `scan` hands to the scanners, built from the age identities in io.env. */
import type { SopsVerifier } from '../scanners/index.js';
/**
 * @returns a verifier when the environment provides an age identity source, else undefined (the crypto
 * is loaded only then, so a plain pre-commit scan does not pay for it).
 * @throws SealgateError('INPUT') when a configured identity source is malformed.
 */
export declare function sopsVerifierFromEnv(env: Record<string, string | undefined>): Promise<SopsVerifier | undefined>;
