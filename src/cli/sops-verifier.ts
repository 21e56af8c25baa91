/** The SOPS MAC check `scan` hands to the scanners, built from the age identities in io.env. */
import type { SopsVerifier } from '../scanners/index.ts';
import { hasIdentitySource } from '../sealers/sops/identity-sources.ts';

/**
 * @returns a verifier when the environment provides an age identity source, else undefined (the crypto
 * is loaded only then, so a plain pre-commit scan does not pay for it).
 * @throws SealgateError('INPUT') when a configured identity source is malformed.
 */
export async function sopsVerifierFromEnv(env: Record<string, string | undefined>): Promise<SopsVerifier | undefined> {
  if (!hasIdentitySource(env)) return undefined;
  const { formatFromPath, loadAgeIdentities, verifySops } = await import('../sealers/sops/index.ts');
  const { identities } = loadAgeIdentities(env);
  if (identities.length === 0) return undefined;
  return ({ path, content }) => verifySops(new TextEncoder().encode(content), formatFromPath(path), identities);
}
