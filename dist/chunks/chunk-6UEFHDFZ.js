import{createRequire as __sgCreateRequire}from'node:module';const require=__sgCreateRequire(import.meta.url);
import{VERSION}from"./chunk-UTQJB6FN.js";var EXIT_CODES=`Exit codes:
  0  nothing at or above --fail-on (default: low)
  1  findings at or above --fail-on
  2  usage, input or internal error (one line on stderr)`,MAIN_HELP=`sealgate ${VERSION} \u2014 keep Kubernetes secrets out of Git in plaintext

Usage: sealgate <command> [options]

Commands:
  scan [PATH...]     find plaintext Secrets and leaked credentials (default: the working tree)
  fix [PATH...]      seal plaintext Secrets in place, with the keys the seal: policy names per path
  encrypt [FILE]     encrypt a file with SOPS and age (sops-compatible; .sops.yaml honoured)
  decrypt [FILE]     decrypt a SOPS file (MAC checked)
  rotate FILE        re-encrypt a SOPS file with a new data key
  updatekeys FILE    re-wrap a SOPS file's data key for the recipients in .sops.yaml
  sops-status FILE   print {"encrypted":true|false} like 'sops filestatus'
  hook install       install a plain git pre-commit hook (hook uninstall removes it)
  baseline           accept the current findings: later scans report only new ones
  audit [PATH]       the quarterly secret-governance report (Markdown, HTML or JSON)
  seal [FILE]        seal Secrets into SealedSecrets (kubeseal-compatible)
  unseal [FILE]      open SealedSecrets with the controller's private keys (recovery)
  keygen             make a sealed-secrets key pair and certificate
  reseal FILE        re-encrypt SealedSecrets for a new certificate, offline
  inspect [FILE...]  check SealedSecrets' structure without keys
  help [COMMAND]     show help for a command

Run 'sealgate help <command>' for a command's options.

${EXIT_CODES}
`,SCAN_HELP=`Usage: sealgate scan [PATH...] [options]
       sealgate scan --staged | --range BASE..HEAD | --history [--since REV] [--all] | - [--diff]

Scans the working tree (tracked and untracked-not-ignored files in a git repository; every file
outside one), what is staged, a commit range, or stdin, and reports only what the change adds.

Sources:
  --staged                  what 'git commit' would record (for pre-commit hooks); with PATHs, only
                            those files, and named files with nothing staged are scanned whole
                            (what 'pre-commit run --all-files' asks for)
  --range BASE..HEAD        every commit in the range; BASE...HEAD: the net change since the merge base
  --history                 every commit reachable from HEAD, each finding once, at the commit that
                            first added it (with its author and date); progress on a terminal
  --since REV               with --history: only the commits after REV (REV..HEAD)
  --all                     with --history: the commits of every ref (branches, tags, remotes)
  --jobs N                  with --history: scan on N threads (default: one per core)
  -                         read one file's text from stdin (name it with --stdin-name)
  --stdin-name NAME         the path to report for stdin (default: -)
  --diff                    with -: stdin is a unified diff (git diff | sealgate scan - --diff);
                            only its added lines are scanned, with the context the diff carries

Output:
  --format FORMAT           text (default), json, sarif, github, gitlab, junit or gitleaks-json
  --output FILE             write the report to FILE (text still goes to the terminal)
  --no-redact               show secrets in full (never use in CI logs)
  --quiet                   print nothing when there are no findings

Policy:
  --fail-on SEVERITY        critical, high, medium, low (default) or info
  --config FILE             use FILE instead of discovering .sealgate.yaml (also SEALGATE_CONFIG)
  --policy                  also run the governance checks
  --baseline FILE           report only findings not in FILE (see 'sealgate baseline'; config: baseline)
  --fix                     then seal the plaintext Secrets found, in the working tree (see 'sealgate fix';
                            what was done goes to stderr); with --staged, exit 1 when files changed
  --debug                   print stack traces of internal errors

${EXIT_CODES}
`,FIX_HELP=`Usage: sealgate fix [PATH...] [options]

Replaces each plaintext or base64-only Secret (k8s-secret-plaintext, k8s-secret-base64) in the
working tree with a SealedSecret, or encrypts its file with SOPS, as the seal: policy in
.sealgate.yaml says for its path (first matching rule; .sops.yaml creation rules when a sops rule
names no recipients). Only the Secret's own bytes change: other documents, comments and line
endings stay as they are. Files are written atomically; a file that would still hold a plaintext
secret is not written at all. Findings fix cannot remediate get a precise suggestion.

Options:
  --staged                  fix the files whose staged version has a plaintext Secret (their
                            working-tree version changes; unstaged edits are kept); exit 1 when files
                            changed, so the commit stops for you to review and 'git add' them
  -n, --dry-run             print a unified diff of what would change; write nothing
  --cert CERT               seal paths no seal: rule matches for this certificate (file or URL)
  --scope SCOPE             with --cert: strict, namespace-wide or cluster-wide
  --age R1,R2               or encrypt them with SOPS for these age recipients
  --config FILE             use FILE instead of discovering .sealgate.yaml (also SEALGATE_CONFIG)
  --fail-on SEVERITY        what left unfixed makes the exit code 1 (default: failOn, low)
  --no-redact               show the replaced values in --dry-run diffs
  --debug                   print stack traces of internal errors

Exit codes:
  0  nothing left to fix
  1  something could not be fixed, a dry run would change files, or --staged changed files
  2  usage, policy, input or internal error (one line on stderr)
`,BASELINE_HELP=`Usage: sealgate baseline [PATH...] [--output FILE] [--config FILE]
       sealgate baseline --from-gitleaks REPORT.json|.gitleaksignore [--output FILE]

Writes the current findings of a working-tree scan to a baseline (default .sealgate-baseline.json),
so that 'sealgate scan --baseline FILE' (or 'baseline: FILE' in .sealgate.yaml) reports only new ones.
Entries are keyed by rule, file and a keyed hash of the secret: no line numbers, no timestamps, sorted,
one per line. Moving code does not change the file, and with 'FILE merge=union' in .gitattributes
(added for you in a git repository) two branches that add entries merge without conflicts.

  --output FILE             where to write (default: .sealgate-baseline.json)
  --from-gitleaks FILE      import a gitleaks JSON report or .gitleaksignore: the findings sealgate makes
                            today at those files and lines (or with those secrets) become the baseline,
                            added to FILE's existing entries
  --no-gitattributes        do not add the merge=union line to .gitattributes
  --config FILE             use FILE instead of discovering .sealgate.yaml
`,AUDIT_HELP=`Usage: sealgate audit [PATH] [options]

Writes the one-page secret-governance report of a GitOps repository (default: the current directory):
Storage (plaintext findings, secret tools in use), Rotation (every sealed secret by age, from Git
history and sops.lastmodified), Injection (env vs volume, Reloader, workload identity) and Audit
(token automount, RBAC on Secrets), each line ticked or not from the repository, plus the checks only
the cluster or the cloud account can answer. Secrets are always redacted.

Options:
  --format FORMAT           markdown (default), html (self-contained, prints on one page) or json
  --output FILE             write the report to FILE instead of stdout
  --max-age DAYS            maximum secret age, e.g. 90d (default: governance.maxSecretAgeDays, 90)
  --name NAME               the name in the report's title (default: the repository directory's name)
  --config FILE             use FILE instead of discovering .sealgate.yaml (also SEALGATE_CONFIG)
  --debug                   print stack traces of internal errors

Exit codes:
  0  the report was written (whatever it says)
  2  usage, input or internal error (one line on stderr)
`,SOPS_EXIT_CODES=`Exit codes:
  0  done
  2  usage, input, key or MAC error (one line on stderr naming the file)`,FORMAT_HELP=`Formats:
  --input-type TYPE         yaml, json, dotenv, ini or binary (default: from the file name: .yaml/.yml,
                            .json, .env, .ini, anything else binary)
  --output-type TYPE        the format to write (default: as the file name says)
  --filename-override NAME  the file name to use for stdin (format and .sops.yaml rules)`,IDENTITY_HELP=`Identities (all are tried): SOPS_AGE_KEY (keys separated by whitespace or newlines),
SOPS_AGE_KEY_FILE (a key file), $XDG_CONFIG_HOME/sops/age/keys.txt or ~/.config/sops/age/keys.txt,
and an ssh-ed25519 key in SOPS_AGE_SSH_PRIVATE_KEY_FILE or ~/.ssh/id_ed25519.`,ENCRYPT_HELP=`Usage: sealgate encrypt [FILE|-] [options]

Encrypts FILE with SOPS (AES-256-GCM values, age-wrapped data key, MAC): the output opens with
'sops decrypt', Flux and sealgate. Recipients come from --age (or SOPS_AGE_RECIPIENTS), else from the
first creation rule in .sops.yaml (found from the working directory upwards) whose path_regex matches.
Without a rule, a file holding a Kubernetes Secret gets encrypted_regex ^(data|stringData)$ so it still
applies with kubectl; anything else is encrypted whole except keys ending in _unencrypted.

Options:
  --age R1,R2               recipients (age1\u2026 or ssh-ed25519 AAAA\u2026), comma-separated
  --encrypted-regex RE      encrypt only values under keys matching RE (Go RE2 syntax)
  --unencrypted-regex RE    leave values under keys matching RE in clear
  --encrypted-suffix S      encrypt only values under keys ending in S
  --unencrypted-suffix S    leave values under keys ending in S in clear (default: _unencrypted)
  --encrypted-comment-regex RE    encrypt only values below a comment matching RE
  --unencrypted-comment-regex RE  leave values below a comment matching RE in clear
  --mac-only-encrypted      the MAC covers only the encrypted values
  -i, --in-place            replace FILE (atomically, keeping its mode)
  --output FILE             write to FILE instead of stdout
  --config FILE             use FILE instead of discovering .sops.yaml (also SOPS_CONFIG)

${FORMAT_HELP}

${SOPS_EXIT_CODES}
`,DECRYPT_HELP=`Usage: sealgate decrypt [FILE|-] [options]

Decrypts a SOPS file and checks its MAC (a file changed after encryption is refused).

Options:
  -i, --in-place            replace FILE with the plaintext (atomically)
  --output FILE             write to FILE instead of stdout
  --extract PATH            print one value, e.g. '["stringData"]["password"]'
  --ignore-mac              skip the MAC check (recovering a damaged file only)

${FORMAT_HELP}

${IDENTITY_HELP}

${SOPS_EXIT_CODES}
`,ROTATE_HELP=`Usage: sealgate rotate FILE [-i]

Checks the MAC, then re-encrypts every value with a new data key wrapped for the same recipients
(like 'sops rotate'). Prints the result unless -i.

Options:
  -i, --in-place            replace FILE (atomically)
  --output FILE             write to FILE instead of stdout
  --input-type TYPE         yaml, json, dotenv, ini or binary (default: from the file name)

${IDENTITY_HELP}

${SOPS_EXIT_CODES}
`,UPDATEKEYS_HELP=`Usage: sealgate updatekeys FILE [-y]

Makes FILE's recipients those of its creation rule in .sops.yaml, re-wrapping the same data key:
values, MAC and lastmodified stay as they are. Without -y it only shows what would change.

Options:
  -y, --yes                 write the change
  --config FILE             use FILE instead of discovering .sops.yaml (also SOPS_CONFIG)
  --input-type TYPE         yaml, json, dotenv, ini or binary (default: from the file name)

${IDENTITY_HELP}

${SOPS_EXIT_CODES}
`,SOPS_STATUS_HELP=`Usage: sealgate sops-status FILE

Prints {"encrypted":true} when FILE has valid SOPS metadata with a MAC, else {"encrypted":false}
(like 'sops filestatus').

Options:
  --input-type TYPE         yaml, json, dotenv, ini or binary (default: from the file name)

${SOPS_EXIT_CODES}
`;export{MAIN_HELP,SCAN_HELP,FIX_HELP,BASELINE_HELP,AUDIT_HELP,ENCRYPT_HELP,DECRYPT_HELP,ROTATE_HELP,UPDATEKEYS_HELP,SOPS_STATUS_HELP};
