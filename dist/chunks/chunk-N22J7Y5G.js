import{createRequire as __sgCreateRequire}from'node:module';const require=__sgCreateRequire(import.meta.url);
import{VERSION}from"./chunk-UTQJB6FN.js";var EXIT_CODES=`Exit codes:
  0  nothing at or above --fail-on (default: low)
  1  findings at or above --fail-on
  2  usage, input or internal error (one line on stderr)`,MAIN_HELP=`sealgate ${VERSION} \u2014 keep Kubernetes secrets out of Git in plaintext

Usage: sealgate <command> [options]

Commands:
  scan [PATH...]     find plaintext Secrets and leaked credentials (default: the working tree)
  hook install       install a plain git pre-commit hook (hook uninstall removes it)
  seal [FILE]        seal Secrets into SealedSecrets (kubeseal-compatible)
  unseal [FILE]      open SealedSecrets with the controller's private keys (recovery)
  keygen             make a sealed-secrets key pair and certificate
  reseal FILE        re-encrypt SealedSecrets for a new certificate, offline
  inspect [FILE...]  check SealedSecrets' structure without keys
  help [COMMAND]     show help for a command

Run 'sealgate help <command>' for a command's options.

${EXIT_CODES}
`,SCAN_HELP=`Usage: sealgate scan [PATH...] [options]
       sealgate scan --staged | --range BASE..HEAD | -

Scans the working tree (tracked and untracked-not-ignored files in a git repository; every file
outside one), what is staged, a commit range, or stdin, and reports only what the change adds.

Sources:
  --staged                  what 'git commit' would record (for pre-commit hooks)
  --range BASE..HEAD        every commit in the range; BASE...HEAD: the net change since the merge base
  -                         read one file's text from stdin (name it with --stdin-name)
  --stdin-name NAME         the path to report for stdin (default: -)

Output:
  --format FORMAT           text (default), json, sarif, github, gitlab, junit or gitleaks-json
  --output FILE             write the report to FILE (text still goes to the terminal)
  --no-redact               show secrets in full (never use in CI logs)
  --quiet                   print nothing when there are no findings

Policy:
  --fail-on SEVERITY        critical, high, medium, low (default) or info
  --config FILE             use FILE instead of discovering .sealgate.yaml (also SEALGATE_CONFIG)
  --policy                  also run the governance checks
  --debug                   print stack traces of internal errors

${EXIT_CODES}
`;export{MAIN_HELP,SCAN_HELP};
