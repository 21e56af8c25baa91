import{createRequire as __sgCreateRequire}from'node:module';const require=__sgCreateRequire(import.meta.url);
var __create=Object.create;var __defProp=Object.defineProperty;var __getOwnPropDesc=Object.getOwnPropertyDescriptor;var __getOwnPropNames=Object.getOwnPropertyNames;var __getProtoOf=Object.getPrototypeOf,__hasOwnProp=Object.prototype.hasOwnProperty;var __require=(x=>typeof require<"u"?require:typeof Proxy<"u"?new Proxy(x,{get:(a,b)=>(typeof require<"u"?require:a)[b]}):x)(function(x){if(typeof require<"u")return require.apply(this,arguments);throw Error('Dynamic require of "'+x+'" is not supported')});var __commonJS=(cb,mod)=>function(){try{return mod||(0,cb[__getOwnPropNames(cb)[0]])((mod={exports:{}}).exports,mod),mod.exports}catch(e){throw mod=0,e}};var __copyProps=(to,from,except,desc)=>{if(from&&typeof from=="object"||typeof from=="function")for(let key of __getOwnPropNames(from))!__hasOwnProp.call(to,key)&&key!==except&&__defProp(to,key,{get:()=>from[key],enumerable:!(desc=__getOwnPropDesc(from,key))||desc.enumerable});return to};var __toESM=(mod,isNodeMode,target)=>(target=mod!=null?__create(__getProtoOf(mod)):{},__copyProps(isNodeMode||!mod||!mod.__esModule?__defProp(target,"default",{value:mod,enumerable:!0}):target,mod));var SealgateError=class extends Error{name="SealgateError";code;file;line;constructor(code,message,file,line,options){super(message,options),this.code=code,this.file=file,this.line=line}toLine(){return this.file===void 0?this.message:this.line===void 0?`${this.file}: ${this.message}`:`${this.file}:${this.line}: ${this.message}`}};function isSealgateError(e){return e instanceof SealgateError}var VERSION="0.1.0";var EXIT_CODES=`Exit codes:
  0  nothing at or above --fail-on (default: low)
  1  findings at or above --fail-on
  2  usage, input or internal error (one line on stderr)`,MAIN_HELP=`sealgate ${VERSION} \u2014 keep Kubernetes secrets out of Git in plaintext

Usage: sealgate <command> [options]

Commands:
  scan [PATH...]     find plaintext Secrets and leaked credentials (default: the working tree)
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
`;export{__require,__commonJS,__toESM,SealgateError,isSealgateError,VERSION,MAIN_HELP,SCAN_HELP};
