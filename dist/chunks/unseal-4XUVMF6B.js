import{createRequire as __sgCreateRequire}from'node:module';const require=__sgCreateRequire(import.meta.url);
import{finish,formatOption,loadKeyFiles,parseCommandArgs,readInputText}from"./chunk-JXEWG3Y5.js";import"./chunk-MBE4A2Z6.js";import"./chunk-SPFMGYNI.js";import{unseal}from"./chunk-GCIMO3XF.js";import{formatFromPath}from"./chunk-XZLQUNU2.js";import"./chunk-M3RLBQ6Y.js";import"./chunk-72ZVIYM4.js";import"./chunk-R3U75F24.js";import"./chunk-3545NKUA.js";import"./chunk-3AIEM64X.js";import{SealgateError}from"./chunk-HS4P4DKS.js";import"./chunk-X7O5GAKN.js";var UNSEAL_HELP=`Usage: sealgate unseal [FILE|-] --key KEY [--key KEY2 ...] [options]

Recovery unseal, without a cluster (kubeseal --recovery-unseal): opens every SealedSecret in FILE
(or stdin) with the controller's private keys and prints the Secrets the controller would create
(data base64-encoded, with the ownerReference to the SealedSecret). Every key is tried on every
value, as the controller does.

Keys (--key, repeatable) may be any backup form: a PEM private key (PKCS#1 or PKCS#8), a
kubernetes.io/tls Secret with tls.key, a kind: List of them (kubectl get secret -n kube-system
-l sealedsecrets.bitnami.com/sealed-secrets-key -o yaml), or several Secrets in one file.

Options:
  --key FILE              a private key file (repeatable)
  -o, --format yaml|json  default: -w's extension, else the input's format
  -w, --write OUT         write OUT atomically (mode 0600) instead of printing

The output is plaintext: do not commit it.

Exit codes:
  0  unsealed
  2  usage or input error, or no key could decrypt a value (one line on stderr)
`,OPTIONS={key:{type:"string",multiple:!0},format:{type:"string",short:"o"},write:{type:"string",short:"w"},debug:{type:"boolean"},help:{type:"boolean",short:"h"}};async function unsealCommand(argv,io){let{values:v,positionals}=parseCommandArgs("unseal",argv,OPTIONS);if(v.help)return{exitCode:0,stdout:UNSEAL_HELP,stderr:""};if(positionals.length>1)throw new SealgateError("USAGE","unseal takes one input (FILE or - for stdin)");let keys=loadKeyFiles(v.key,io),{text,file}=await readInputText(positionals[0],io),format=formatOption(v.format)??(v.write!==void 0?formatFromPath(v.write):void 0),r=unseal(text,{keys,file,...format?{format}:{}});return finish(r.output,r.warnings,v.write,io,384)}export{UNSEAL_HELP,unsealCommand};
