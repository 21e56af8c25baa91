/**
 * One classifier, shared by the scanners, for "this value is not a real secret" (placeholders, templates,
 * references, example keys) and "this key names something sensitive" (password, token, api key…).
 */
/**
 * True when `value` is a placeholder rather than a secret: a stand-in word (`changeme`, `<your-token>`,
 * `xxxxxxxx`), a template or variable reference (`${PASSWORD}`, `{{ .Values.x }}`, `$(VAR)`), an example key
 * (`AKIAIOSFODNN7EXAMPLE`), a run of one repeated character, or a sequential run (`12345678`, `abcdefgh`).
 */
export declare function isPlaceholder(value: string): boolean;
/**
 * True when the key `name` (e.g. `DB_PASSWORD`, `client_secret`, `apiKey`) names a credential rather than
 * something about one (`secretName`, `passwordFile`, `existingSecret`, `token_url`, `accessKeyId`).
 */
export declare function isSensitiveName(name: string): boolean;
