import { type AgeIdentity } from './age.js';
export { defaultKeyFile } from './identity-sources.js';
export interface AgeIdentities {
    identities: AgeIdentity[];
    /** Where they came from, for messages ("SOPS_AGE_KEY", a file path). */
    sources: string[];
}
/**
 * Parses identity text: one identity per line (or several separated by whitespace), `#` lines and blank
 * lines ignored.
 * @throws SealgateError('INPUT') naming `source` and the line (never its content) for anything else,
 * or for a passphrase-protected identity file.
 */
export declare function parseIdentities(text: string, source: string): string[];
/**
 * Loads every age identity the environment provides.
 * @throws SealgateError('INPUT') when a configured source is unreadable or malformed.
 */
export declare function loadAgeIdentities(env: Record<string, string | undefined>): AgeIdentities;
