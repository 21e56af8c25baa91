/** A new controller key pair, as PEM. */
export interface GeneratedKey {
    /** `RSA PRIVATE KEY` (PKCS#1), the form the controller stores in `tls.key`. */
    keyPem: string;
    /** Self-signed `CERTIFICATE` with the controller's profile. */
    certPem: string;
    /** Hex SHA-256 of the public key's SPKI DER (what `sealgate.io/cert-sha256` records). */
    sha256: string;
    notAfter: Date;
}
export interface KeygenOptions {
    /** RSA modulus size (default 4096, the controller's `--key-size`). */
    bits?: number;
    /** Validity in days (default 3650: the controller's `--key-ttl` of 87600h). */
    days?: number;
    /** Subject and issuer common name (default none, like the controller's empty `--my-cn`). */
    commonName?: string;
    /** Start of validity (default now). */
    now?: Date;
}
/**
 * Generates a key pair the way the sealed-secrets controller does (`pkg/crypto/keys.go`): an RSA key and a
 * self-signed SHA256-RSA certificate with a random 128-bit serial, critical KeyUsage EncipherOnly, critical
 * BasicConstraints CA, a subject key identifier, and an empty subject unless `commonName` is given.
 * @throws SealgateError('USAGE') for a size below 2048 or above 16384 bits, or a validity below one day.
 */
export declare function generateSealingKey(options?: KeygenOptions): Promise<GeneratedKey>;
/** The label that makes the controller load a `kubernetes.io/tls` Secret as one of its keys. */
export declare const SEALED_SECRETS_KEY_LABEL = "sealedsecrets.bitnami.com/sealed-secrets-key";
/**
 * The key pair as the controller stores it (and as a key backup holds it): a `kubernetes.io/tls` Secret
 * labelled `sealedsecrets.bitnami.com/sealed-secrets-key: active` — the bring-your-own-key form.
 * The default name mimics the controller's `generateName: sealed-secrets-key` plus five random characters.
 */
export declare function keySecretManifest(key: Pick<GeneratedKey, 'keyPem' | 'certPem'>, options?: {
    namespace?: string;
    name?: string;
}): Record<string, unknown>;
