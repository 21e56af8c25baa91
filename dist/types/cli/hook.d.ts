import type { CliIO, CliResult } from './io.js';
export declare const HOOK_HELP = "Usage: sealgate hook install [--chain] [--fail-on SEVERITY]\n       sealgate hook uninstall\n\nInstalls a plain git pre-commit hook that runs 'sealgate scan --staged' (for repositories that do not\nuse the pre-commit framework). Honours core.hooksPath. An existing hook is never overwritten: with\n--chain it is kept and runs first; without, install refuses. Installing twice changes nothing.\nUninstall removes sealgate's hook and restores a chained one.\n\nThe hook fails closed: if sealgate cannot run, the commit is blocked (bypass consciously with\n'git commit --no-verify').\n";
/** The hook script. It looks for sealgate in the project, then on PATH, then where it was installed from. */
export declare function hookScript(installedFrom: string | undefined, failOn: string | undefined, chain: boolean): string;
/** `sealgate hook install|uninstall`. */
export declare function hookCommand(argv: string[], io: CliIO): Promise<CliResult>;
