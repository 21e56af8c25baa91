import{createRequire as __sgCreateRequire}from'node:module';const require=__sgCreateRequire(import.meta.url);
import{writeFileAtomic}from"./chunk-M3RLBQ6Y.js";import{runGit}from"./chunk-GGGRPBYV.js";import{SealgateError}from"./chunk-HS4P4DKS.js";import"./chunk-X7O5GAKN.js";import{chmodSync,existsSync,mkdirSync,readFileSync,renameSync,unlinkSync}from"node:fs";import{join,resolve}from"node:path";import{parseArgs}from"node:util";var HOOK_HELP=`Usage: sealgate hook install [--chain] [--fail-on SEVERITY]
       sealgate hook uninstall

Installs a plain git pre-commit hook that runs 'sealgate scan --staged' (for repositories that do not
use the pre-commit framework). Honours core.hooksPath. An existing hook is never overwritten: with
--chain it is kept and runs first; without, install refuses. Installing twice changes nothing.
Uninstall removes sealgate's hook and restores a chained one.

The hook fails closed: if sealgate cannot run, the commit is blocked (bypass consciously with
'git commit --no-verify').
`,MARKER="# sealgate-hook v1",CHAINED="pre-commit.pre-sealgate";function hookScript(installedFrom,failOn,chain){let args=`scan --staged${failOn?` --fail-on ${failOn}`:""}`,q=s=>`'${s.replace(/'/g,"'\\''")}'`;return`#!/bin/sh
${MARKER}: installed by 'sealgate hook install'; remove with 'sealgate hook uninstall'.
${chain?`hookdir=$(dirname "$0")
if [ -x "$hookdir/${CHAINED}" ]; then "$hookdir/${CHAINED}" "$@" || exit $?; fi
`:""}if [ -x ./node_modules/.bin/sealgate ]; then exec ./node_modules/.bin/sealgate ${args}; fi
if command -v sealgate >/dev/null 2>&1; then exec sealgate ${args}; fi
${installedFrom?`if [ -f ${q(installedFrom)} ]; then exec node ${q(installedFrom)} ${args}; fi
`:""}echo "sealgate: not found, so this commit was not checked and is blocked." >&2
echo "Install sealgate (npm i -D sealgate), or bypass consciously with: git commit --no-verify" >&2
exit 2
`}async function hooksDir(cwd){let out;try{out=await runGit(["rev-parse","--git-path","hooks"],{cwd,what:"hook install",fromPath:!0})}catch{throw new SealgateError("GIT","not a git repository (hook install needs one)",cwd)}return resolve(cwd,out.trim())}async function hookCommand(argv,io){let parsed;try{parsed=parseArgs({args:argv,options:{chain:{type:"boolean"},"fail-on":{type:"string"},help:{type:"boolean",short:"h"}},allowPositionals:!0})}catch(e){throw new SealgateError("USAGE",`${e.message} (see 'sealgate hook --help')`)}let{values:v,positionals}=parsed;if(v.help)return{exitCode:0,stdout:HOOK_HELP,stderr:""};let action=positionals[0];if(action!=="install"&&action!=="uninstall")throw new SealgateError("USAGE","expected 'hook install' or 'hook uninstall'");let dir=await hooksDir(io.cwd),hook=join(dir,"pre-commit"),existing=existsSync(hook)?readFileSync(hook,"utf8"):void 0,ours=existing?.includes(MARKER)??!1;if(action==="uninstall"){if(!ours)return{exitCode:0,stdout:existing===void 0?`no pre-commit hook installed
`:"",stderr:existing===void 0?"":`sealgate: ${hook} is not sealgate's hook; left alone
`};unlinkSync(hook);let chained=join(dir,CHAINED);return existsSync(chained)?(renameSync(chained,hook),{exitCode:0,stdout:`removed sealgate's hook; restored the previous ${hook}
`,stderr:""}):{exitCode:0,stdout:`removed ${hook}
`,stderr:""}}let installedFrom=io.binPath===void 0?void 0:resolve(io.binPath),wantChain=ours?existsSync(join(dir,CHAINED)):existing!==void 0;if(existing!==void 0&&!ours&&!v.chain)throw new SealgateError("USAGE","a pre-commit hook already exists; rerun with --chain to keep it and run it first, or remove it",hook);let script=hookScript(installedFrom,v["fail-on"],wantChain);return ours&&existing===script?{exitCode:0,stdout:`sealgate's pre-commit hook is already installed in ${hook}
`,stderr:""}:(mkdirSync(dir,{recursive:!0}),existing!==void 0&&!ours&&renameSync(hook,join(dir,CHAINED)),writeFileAtomic(hook,script,493),chmodSync(hook,493),{exitCode:0,stdout:`installed sealgate's pre-commit hook in ${hook}${wantChain?` (runs ${CHAINED} first)`:""}
`,stderr:""})}export{HOOK_HELP,hookCommand,hookScript};
