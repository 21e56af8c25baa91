import{createRequire as __sgCreateRequire}from'node:module';const require=__sgCreateRequire(import.meta.url);
import{inspectCommand}from"./chunk-MJIL7LRL.js";import{CERT_OPTIONS,finish,formatOption,parseCommandArgs,readFileBytes,readFileText,readInputText,resolveSealingKey,scopeOption}from"./chunk-JXEWG3Y5.js";import"./chunk-MBE4A2Z6.js";import"./chunk-SPFMGYNI.js";import{mergeInto,rawTarget,seal,sealRaw}from"./chunk-GCIMO3XF.js";import{formatFromPath}from"./chunk-XZLQUNU2.js";import"./chunk-M3RLBQ6Y.js";import"./chunk-72ZVIYM4.js";import"./chunk-R3U75F24.js";import"./chunk-3545NKUA.js";import"./chunk-3AIEM64X.js";import{SealgateError}from"./chunk-HS4P4DKS.js";import"./chunk-X7O5GAKN.js";var SEAL_HELP=`Usage: sealgate seal [FILE|-] [--cert CERT] [options]
       sealgate seal --raw [--from-file [KEY=]PATH] --name N --namespace NS [options]
       sealgate seal [FILE|-] --merge-into SEALED [options]
       sealgate seal --verify [FILE|-]

Seals Kubernetes Secrets into SealedSecrets that the Bitnami sealed-secrets controller decrypts,
as kubeseal does. Reads FILE, or stdin when FILE is '-' or missing: YAML documents, JSON, or a
kind: List. Every SealedSecret gets the annotation sealgate.io/cert-sha256 (the controller ignores it).

Certificate (the controller's public key):
  --cert FILE|URL             PEM CERTIFICATE (or PUBLIC KEY) from a file or an http(s):// URL
                              (default: $SEALED_SECRETS_CERT, else fetched from the cluster with kubectl)
  --controller-name NAME      the controller's Service (default sealed-secrets-controller; Helm: sealed-secrets)
  --controller-namespace NS   its namespace (default kube-system)
  --kubeconfig FILE           passed to kubectl
  --context NAME              passed to kubectl

Sealing:
  --scope SCOPE               strict (default: bound to name and namespace), namespace-wide, cluster-wide
  -n, --namespace NS          namespace for a Secret without one (a different one in the input is an error)
  --name NAME                 overrides metadata.name
  --allow-empty-data          seal a Secret that has no data
  --raw                       seal one value and print its bare base64 (no newline)
  --from-file [KEY=]PATH      with --raw: the value (default: stdin); KEY is ignored
  --merge-into SEALED         add or replace keys in an existing SealedSecret, sealed with its name,
                              namespace and scope; rewrites SEALED in place (or writes -w OUT)
  --verify                    check the input SealedSecret's structure instead (see 'sealgate inspect')

Output:
  -o, --format yaml|json      default: -w's extension, else the input's format
  -w, --write OUT             write OUT atomically instead of printing

Exit codes:
  0  sealed (or --verify found nothing wrong)
  1  --verify found problems
  2  usage or input error (one line on stderr naming file and line)
`,OPTIONS={...CERT_OPTIONS,scope:{type:"string"},format:{type:"string",short:"o"},name:{type:"string"},namespace:{type:"string",short:"n"},raw:{type:"boolean"},"from-file":{type:"string",multiple:!0},"merge-into":{type:"string"},"allow-empty-data":{type:"boolean"},write:{type:"string",short:"w"},"secret-file":{type:"string",short:"f"},verify:{type:"boolean"},debug:{type:"boolean"},help:{type:"boolean",short:"h"}};async function sealCommand(argv,io){let{values:v,positionals}=parseCommandArgs("seal",argv,OPTIONS);if(v.help)return{exitCode:0,stdout:SEAL_HELP,stderr:""};if(positionals.length>1||positionals.length===1&&v["secret-file"]!==void 0)throw new SealgateError("USAGE","seal takes one input (FILE, -f FILE or stdin)");let inputPath=positionals[0]??v["secret-file"];if(v.verify){let passOn=[...inputPath!==void 0?[inputPath]:["-"],...v.cert!==void 0?["--cert",v.cert]:[]];return inspectCommand(passOn,io)}let scope=scopeOption(v.scope),explicitFormat=formatOption(v.format),fromFiles=v["from-file"]??[];if(fromFiles.length>0&&!v.raw)throw new SealgateError("USAGE","--from-file requires --raw");if(fromFiles.length>1)throw new SealgateError("USAGE","must provide only one --from-file when encrypting a single item with --raw");if(v.raw&&v["merge-into"]!==void 0)throw new SealgateError("USAGE","--raw and --merge-into cannot be combined");v.raw&&rawTarget(pick(v,scope));let key=await resolveSealingKey(v,io);if(v.raw){let from=fromFiles[0],value=from!==void 0?readFileBytes(from.includes("=")?from.slice(from.indexOf("=")+1):from,io):Buffer.from(await io.readStdin(),"utf8"),r2=sealRaw(value,{cert:key,...pick(v,scope)});return finish(r2.output,r2.warnings,v.write,io)}let{text,file}=await readInputText(inputPath,io),target=v["merge-into"];if(target!==void 0){let r2=mergeInto(readFileText(target,io),text,{cert:key,...pick(v,scope),allowEmptyData:v["allow-empty-data"]??!1,...explicitFormat?{format:explicitFormat}:{},file,targetFile:target});return finish(r2.output,r2.warnings,v.write??target,io)}let format=explicitFormat??(v.write!==void 0?formatFromPath(v.write):void 0),r=seal(text,{cert:key,...pick(v,scope),allowEmptyData:v["allow-empty-data"]??!1,...format?{format}:{},file});return finish(r.output,r.warnings,v.write,io)}function pick(v,scope){return{...scope!==void 0?{scope}:{},...v.name!==void 0?{name:v.name}:{},...v.namespace!==void 0?{namespace:v.namespace}:{}}}export{SEAL_HELP,sealCommand};
