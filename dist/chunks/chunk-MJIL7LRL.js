import{createRequire as __sgCreateRequire}from'node:module';const require=__sgCreateRequire(import.meta.url);
import{parseCommandArgs,readFileText,readInputText,resolveSealingKey}from"./chunk-JXEWG3Y5.js";import{inspect}from"./chunk-GCIMO3XF.js";import{SealgateError}from"./chunk-HS4P4DKS.js";var INSPECT_HELP=`Usage: sealgate inspect [FILE...|-] [--cert CERT] [--format text|json]

Checks SealedSecrets without any key: apiVersion, name, a namespace for strict and namespace-wide
scope, scope annotations that are exactly "true" and the same on metadata and
spec.template.metadata, and every spec.encryptedData value: standard base64 whose length prefix
fits an RSA key. With --cert, also that the values were sealed for that certificate's key size and
fingerprint. Prints one line per SealedSecret, then one line per problem. Reads stdin without FILE.

Options:
  --cert FILE|URL       the certificate the SealedSecrets should be sealed for (optional)
  --format text|json    text (default) or a JSON report

Exit codes:
  0  no problems
  1  problems found
  2  usage or input error (unreadable file, no SealedSecret in it)
`,OPTIONS={cert:{type:"string"},format:{type:"string"},debug:{type:"boolean"},help:{type:"boolean",short:"h"}};async function inspectCommand(argv,io){let{values:v,positionals}=parseCommandArgs("inspect",argv,OPTIONS);if(v.help)return{exitCode:0,stdout:INSPECT_HELP,stderr:""};let format=v.format??"text";if(format!=="text"&&format!=="json")throw new SealgateError("USAGE",`--format: expected text or json, got '${format}'`);let key=v.cert===void 0?void 0:await resolveSealingKey({cert:v.cert},io),paths=positionals.length===0?["-"]:positionals;if(paths.filter(p=>p==="-").length>1)throw new SealgateError("USAGE","stdin ('-') can be read only once");let reports=[];for(let p of paths){let{text,file}=p==="-"?await readInputText("-",io):{text:readFileText(p,io),file:p};reports.push({file,...inspect(text,{file,...key?{cert:key}:{}})})}let problems=reports.flatMap(r=>r.problems),exitCode=problems.length>0?1:0,stderr=key?key.warnings.map(w=>`sealgate: warning: ${w}
`).join(""):"";if(format==="json")return{exitCode,stdout:`${JSON.stringify({files:reports},null,2)}
`,stderr};let lines=[];for(let r of reports)for(let s of r.sealedSecrets){let who=s.namespace?`${s.namespace}/${s.name??"?"}`:s.name??"?",rsa=s.rsaBits.length?s.rsaBits.map(b=>`RSA-${b}`).join("+"):"no values",cert=s.certSha256?`  cert sha256:${s.certSha256.slice(0,16)}\u2026`:"";lines.push(`${r.file}:${s.line}: SealedSecret ${who}  ${s.scope}  ${s.keys.length} key${s.keys.length===1?"":"s"}  ${rsa}${cert}`)}for(let p of problems)lines.push(`${p.file}:${p.line}: ${p.message}`);return lines.push(problems.length===0?"no problems found":`${problems.length} problem${problems.length===1?"":"s"} found`),{exitCode,stdout:`${lines.join(`
`)}
`,stderr}}export{INSPECT_HELP,inspectCommand};
