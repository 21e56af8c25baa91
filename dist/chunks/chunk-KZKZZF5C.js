import{createRequire as __sgCreateRequire}from'node:module';const require=__sgCreateRequire(import.meta.url);
import{MAIN_HELP}from"./chunk-3L4QPSI2.js";import{VERSION}from"./chunk-UTQJB6FN.js";import{isSealgateError}from"./chunk-I73RQZUB.js";var COMMANDS={scan:async()=>(await import("./scan-X3PLDQGJ.js")).scanCommand,hook:async()=>(await import("./hook-VWLWDXG6.js")).hookCommand,baseline:async()=>(await import("./baseline-GQ4LD73Y.js")).baselineCommand,encrypt:async()=>(await import("./encrypt-5MLAZMIK.js")).encryptCommand,decrypt:async()=>(await import("./decrypt-FRHUD74X.js")).decryptCommand,rotate:async()=>(await import("./rotate-HGD4IEU3.js")).rotateCommand,updatekeys:async()=>(await import("./updatekeys-OKJVKRUD.js")).updatekeysCommand,"sops-status":async()=>(await import("./sops-status-6QHLFM6K.js")).sopsStatusCommand};async function run(argv,io){let debug=argv.includes("--debug"),[name,...rest]=argv;try{if(name===void 0||name==="--help"||name==="-h")return ok(MAIN_HELP);if(name==="--version"||name==="-V")return ok(`${VERSION}
`);if(name==="help"){let sub=rest[0];return sub!==void 0&&COMMANDS[sub]?await(await COMMANDS[sub]())(["--help"],io):ok(MAIN_HELP)}let load=COMMANDS[name];return load?await(await load())(rest,io):usage(`unknown command '${name}' (see 'sealgate --help')`)}catch(e){if(isSealgateError(e)){let cause=debug&&e.cause instanceof Error?`
${e.cause.stack??e.cause.message}
WARNING: --debug output may contain secrets from the scanned files.`:"";return{exitCode:2,stdout:"",stderr:`sealgate: ${e.toLine()}${cause}
`}}let err=e,detail=debug?`: ${err.message}
${err.stack??""}
WARNING: --debug output may contain secrets from the scanned files.`:" (run with --debug for details)";return{exitCode:2,stdout:"",stderr:`sealgate: internal error ${err?.name??"Error"}${detail}
`}}}function ok(stdout){return{exitCode:0,stdout,stderr:""}}function usage(message){return{exitCode:2,stdout:"",stderr:`sealgate: ${message}
`}}export{run};
