import{createRequire as __sgCreateRequire}from'node:module';const require=__sgCreateRequire(import.meta.url);
import{VERSION}from"./chunk-UTQJB6FN.js";var EXIT_CODES=`Exit codes:
  0  nothing at or above --fail-on (default: low)
  1  findings at or above --fail-on
  2  usage, input or internal error (one line on stderr)`,MAIN_HELP=`sealgate ${VERSION} \u2014 keep Kubernetes secrets out of Git in plaintext

Usage: sealgate <command> [options]

Commands:
  scan [PATH...]     find plaintext Secrets and leaked credentials (default: the working tree)
  hook install       install a plain git pre-commit hook (hook uninstall removes it)
  baseline           accept the current findings: later scans report only new ones
  help [COMMAND]     show help for a command

Run 'sealgate help <command>' for a command's options.

${EXIT_CODES}
`,SCAN_HELP=`Usage: sealgate scan [PATH...] [options]
       sealgate scan --staged | --range BASE..HEAD | - [--diff]

Scans the working tree (tracked and untracked-not-ignored files in a git repository; every file
outside one), what is staged, a commit range, or stdin, and reports only what the change adds.

Sources:
  --staged                  what 'git commit' would record (for pre-commit hooks)
  --range BASE..HEAD        every commit in the range; BASE...HEAD: the net change since the merge base
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
  --debug                   print stack traces of internal errors

${EXIT_CODES}
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
`;export{MAIN_HELP,SCAN_HELP,BASELINE_HELP};
