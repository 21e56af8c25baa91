/** The SOPS sealer's public surface (used by the CLI, the library API and `scan --fix`). */
export { encryptSops, decryptSops, rotateSops, updateSopsKeys, sopsFileStatus, openSops, decryptSopsTree, recoverDataKey, verifySops, type SopsVerifyOutcome, holdsKubernetesSecret, KUBERNETES_SELECTOR, type SopsEncryptOptions, type SopsEncryptResult, type SopsDecryptOptions, type UpdateKeysResult, } from './sops-file.js';
export { formatFromPath, storeFor, SOPS_FORMATS, type SopsFormat } from './stores/index.js';
export { loadAgeIdentities, parseIdentities, defaultKeyFile, type AgeIdentities } from './identities.js';
export { findSopsConfig, loadSopsConfig, parseSopsConfig, selectCreationRule, checkRuleUsable, type CreationRule, type SopsConfig } from './creation-rules.js';
export { isAgeRecipient, type AgeIdentity } from './age.js';
