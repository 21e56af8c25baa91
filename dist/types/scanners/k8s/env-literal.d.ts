/**
 * `k8s-env-literal-secret`: secrets written into pod specs. In every container, init container and
 * ephemeral container of every pod template owner (found generically: `podSpecs`): literal `env[].value`
 * whose name says secret (on word tokens: `DB_PASSWORD` yes, `MONKEY`/`TOKEN_URL`/`PASSWORD_FILE` no) or
 * whose value is a private key, JWT or URL with a password; `--password=…`-style `args`/`command`; and
 * `httpHeaders` carrying `Authorization`. References, placeholders, paths, booleans and tiny numbers are not
 * literals.
 */
import type { RuleMeta } from '../../findings/finding.js';
import type { Scanner } from '../scanner.js';
export declare const envLiteralRule: RuleMeta;
export declare const envLiteralScanner: Scanner;
