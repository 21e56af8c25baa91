/**
 * What a secret value holds, for messages and severity: a private key is worse than a password, and a
 * certificate is public. Looks at shapes only (PEM headers, JSON keys, URL userinfo); never returns or
 * logs the value.
 */
import type { Severity } from '../../findings/finding.js';
export type ContentKind = 'private-key' | 'age-key' | 'service-account-key' | 'cloud-key' | 'registry-credentials' | 'kubeconfig-credentials' | 'jwt' | 'dsn-password' | 'certificate' | 'text' | 'binary';
export interface ContentClass {
    kind: ContentKind;
    /** A noun phrase for messages: "a PEM private key", "registry credentials". */
    label: string;
    severity: Severity;
}
/** The password in the first `scheme://user:password@host` of a text, or undefined (`${X}`/placeholders skipped). */
export declare function urlPassword(text: string): string | undefined;
/** ` (a private key)` for messages, or '' for plain text, where saying so adds nothing. */
export declare function contentNote(c: ContentClass): string;
/** Classifies decoded secret content (a string, or `undefined` when the bytes were not UTF-8 text). */
export declare function classifyContent(text: string | undefined): ContentClass;
/** A docker config (`{"auths": {reg: {auth|password|identitytoken…}}}` or the legacy `.dockercfg` shape) with a credential. */
export declare function hasRegistryCredentials(text: string): boolean;
/** Result of decoding a Secret `data` value. */
export type Base64Result = {
    valid: true;
    text: string | undefined;
    base64: string;
} | {
    valid: false;
};
/**
 * Decodes a Secret `data` value as the API server does: standard base64 with padding (line breaks, as in
 * a YAML block scalar, are ignored). `text` is the UTF-8 text, or undefined for binary content.
 */
export declare function decodeSecretData(value: string): Base64Result;
