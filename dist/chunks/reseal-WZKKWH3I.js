import{createRequire as __sgCreateRequire}from'node:module';const require=__sgCreateRequire(import.meta.url);
import{CERT_OPTIONS,finish,loadKeyFiles,parseCommandArgs,readInputText,resolveSealingKey}from"./chunk-JXEWG3Y5.js";import"./chunk-MBE4A2Z6.js";import"./chunk-SPFMGYNI.js";import{reseal}from"./chunk-GCIMO3XF.js";import"./chunk-XZLQUNU2.js";import"./chunk-M3RLBQ6Y.js";import"./chunk-72ZVIYM4.js";import"./chunk-R3U75F24.js";import"./chunk-3545NKUA.js";import"./chunk-3AIEM64X.js";import{SealgateError}from"./chunk-HS4P4DKS.js";import"./chunk-X7O5GAKN.js";var RESEAL_HELP=`Usage: sealgate reseal FILE --key OLD-KEY [--key ...] --cert NEW-CERT [-w OUT | --in-place]

Re-encrypts SealedSecrets for a new controller key without a cluster (key rotation): every value is
opened with the old private key(s) and sealed again for the new certificate under the same name,
namespace and scope. Names, scopes, templates, other documents, comments and layout are kept;
sealgate.io/cert-sha256 is updated. Plaintext never leaves memory. Reads stdin when FILE is '-'.

Options:
  --key FILE              an old private key (repeatable; any form 'sealgate unseal' accepts)
  --cert FILE|URL         the new certificate (default: $SEALED_SECRETS_CERT, else fetched with kubectl;
                          --controller-name, --controller-namespace, --kubeconfig, --context as for seal)
  -w, --write OUT         write OUT atomically instead of printing
  --in-place              rewrite FILE atomically

Exit codes:
  0  re-encrypted
  2  usage or input error, or an old key could not open a value (nothing is written)
`,OPTIONS={...CERT_OPTIONS,key:{type:"string",multiple:!0},write:{type:"string",short:"w"},"in-place":{type:"boolean",short:"i"},debug:{type:"boolean"},help:{type:"boolean",short:"h"}};async function resealCommand(argv,io){let{values:v,positionals}=parseCommandArgs("reseal",argv,OPTIONS);if(v.help)return{exitCode:0,stdout:RESEAL_HELP,stderr:""};if(positionals.length!==1)throw new SealgateError("USAGE","reseal takes one FILE (or - for stdin)");let path=positionals[0];if(v["in-place"]&&(v.write!==void 0||path==="-"))throw new SealgateError("USAGE","--in-place needs a FILE and no -w");let keys=loadKeyFiles(v.key,io),cert=await resolveSealingKey(v,io),{text,file}=await readInputText(path,io),r=reseal(text,{keys,cert,file});return finish(r.output,r.warnings,v["in-place"]?path:v.write,io)}export{RESEAL_HELP,resealCommand};
