import type { Severity } from '../findings/finding.js';
/** `.sealgate.yaml`, validated and with defaults applied (DESIGN.md "Config"). */
export interface Config {
    /** Minimum severity that makes `scan` exit 1. Default: `low`. */
    failOn: Severity;
    rules: {
        /** Rule ids that never report. Default: none. */
        disable: string[];
        /** Per-rule severity overrides. Default: none. */
        severity: Record<string, Severity>;
        /** User-defined credential rules (validated by the credential engine). Default: none. */
        custom: CustomRuleConfig[];
    };
    allow: {
        /** micromatch globs of repo-relative paths never scanned. Default: none. */
        paths: string[];
        /** Regexes (JS syntax) that, matching a secret, silence its finding. Default: none. */
        regexes: string[];
        /** Substrings that, found in a secret, silence its finding. Default: none. */
        stopwords: string[];
    };
    /** Baseline file (relative to the config file's directory). Default: none. */
    baseline?: string;
    /** Files larger than this many bytes are not scanned (a note says so). Default: 10 MiB. */
    maxFileSize: number;
    /** How `--fix` remediates, first matching rule wins. Default: none. */
    seal: SealPolicyRule[];
    governance: {
        /** Sealed secrets older than this are `secret-rotation-overdue`. Default: 90. */
        maxSecretAgeDays: number;
    };
    /** Absolute path of the file this came from, when there was one. */
    source?: string;
}
export interface CustomRuleConfig {
    id: string;
    regex: string;
    description?: string;
    keywords?: string[];
    entropy?: number;
    secretGroup?: number;
    severity?: Severity;
    paths?: string[];
    /** 1-based line of the rule in the config file, for error messages. */
    line?: number;
}
/**
 * One rule of the `seal:` policy: how `sealgate fix` remediates a plaintext Secret under `path`, and which
 * keys the `key-separation` check expects there. Rules are tried in order; the first whose glob matches wins.
 */
export interface SealPolicyRule {
    /** micromatch glob of repository-relative paths (`clusters/prod/**`). */
    path: string;
    method: 'sealed-secrets' | 'sops';
    /** sealed-secrets: the controller certificate, a path relative to the config file's directory or an `https://` URL. */
    cert?: string;
    /** sealed-secrets: fetch the certificate from this controller through kubectl instead of `cert`. */
    controllerName?: string;
    controllerNamespace?: string;
    /** kubectl context (and kubeconfig) to fetch the controller's certificate from. */
    context?: string;
    kubeconfig?: string;
    /**
     * sealed-secrets: SHA-256 fingerprints (of the public key, as `sealgate.io/cert-sha256` records) this path
     * accepts besides `cert`'s; a certificate fetched from a controller must have one of them.
     */
    certSha256?: string[];
    /** sealed-secrets: the scope to seal with (default: the Secret's own annotations, else strict). */
    scope?: 'strict' | 'namespace-wide' | 'cluster-wide';
    /** sops: age recipients (one key group); without them `.sops.yaml`'s creation rules decide. */
    age?: string[];
    /** 1-based line of the rule in the config file, for error messages. */
    line?: number;
}
export declare const DEFAULT_MAX_FILE_SIZE: number;
export declare function defaultConfig(): Config;
