import{createRequire as __sgCreateRequire}from'node:module';const require=__sgCreateRequire(import.meta.url);
import{parseCommandArgs,refuseExisting}from"./chunk-JXEWG3Y5.js";import"./chunk-MBE4A2Z6.js";import{generateSealingKey,keySecretManifest}from"./chunk-L3XZH5Z7.js";import"./chunk-SPFMGYNI.js";import{formatFromPath,serializeManifests}from"./chunk-XZLQUNU2.js";import{writeFileAtomic}from"./chunk-M3RLBQ6Y.js";import"./chunk-72ZVIYM4.js";import{formatDay}from"./chunk-R3U75F24.js";import"./chunk-3545NKUA.js";import"./chunk-3AIEM64X.js";import{SealgateError}from"./chunk-HS4P4DKS.js";import"./chunk-X7O5GAKN.js";import{resolve}from"node:path";var KEYGEN_HELP=`Usage: sealgate keygen --key-out KEY --cert-out CERT [--bits 4096] [--days 3650]
                      [--secret-out FILE [--namespace kube-system]]

Generates a sealed-secrets key pair the way the controller does: an RSA key and a self-signed
certificate (empty subject, KeyUsage EncipherOnly, CA), valid for --days. Use the certificate with
'sealgate seal --cert CERT' (offline sealing, dev clusters); bring the key to a controller with
--secret-out: a kubernetes.io/tls Secret labelled sealedsecrets.bitnami.com/sealed-secrets-key: active
(kubectl apply -f FILE, then restart the controller). Existing files are never overwritten.

Options:
  --key-out KEY         the private key, PEM PKCS#1 (written with mode 0600)
  --cert-out CERT       the certificate, PEM
  --bits N              RSA key size, 2048 to 16384 (default 4096, as the controller)
  --days N              validity in days (default 3650, as the controller)
  --common-name CN      subject and issuer CN (default: empty, as the controller)
  --secret-out FILE     also write the key and certificate as the controller's Secret (mode 0600;
                        .json for JSON, else YAML). It holds the private key: never commit it
  --namespace NS        the controller's namespace for --secret-out (default kube-system)

Exit codes:
  0  written
  2  usage error or a file already exists
`,OPTIONS={"key-out":{type:"string"},"cert-out":{type:"string"},bits:{type:"string"},days:{type:"string"},"common-name":{type:"string"},"secret-out":{type:"string"},namespace:{type:"string",short:"n"},debug:{type:"boolean"},help:{type:"boolean",short:"h"}};async function keygenCommand(argv,io){let{values:v,positionals}=parseCommandArgs("keygen",argv,OPTIONS);if(v.help)return{exitCode:0,stdout:KEYGEN_HELP,stderr:""};if(positionals.length>0)throw new SealgateError("USAGE",`unexpected argument '${positionals[0]}' (see 'sealgate keygen --help')`);let keyOut=v["key-out"],certOut=v["cert-out"];if(keyOut===void 0||certOut===void 0)throw new SealgateError("USAGE","keygen needs --key-out KEY and --cert-out CERT");if(v.namespace!==void 0&&v["secret-out"]===void 0)throw new SealgateError("USAGE","--namespace only applies with --secret-out");let outputs=[keyOut,certOut,...v["secret-out"]!==void 0?[v["secret-out"]]:[]];if(new Set(outputs.map(p=>resolve(io.cwd,p))).size!==outputs.length)throw new SealgateError("USAGE","--key-out, --cert-out and --secret-out must be different files");refuseExisting(keyOut,io,"--key-out"),refuseExisting(certOut,io,"--cert-out"),v["secret-out"]!==void 0&&refuseExisting(v["secret-out"],io,"--secret-out");let key=await generateSealingKey({...v.bits!==void 0?{bits:integer(v.bits,"--bits")}:{},...v.days!==void 0?{days:integer(v.days,"--days")}:{},...v["common-name"]!==void 0?{commonName:v["common-name"]}:{}});writeFileAtomic(resolve(io.cwd,keyOut),key.keyPem,384),writeFileAtomic(resolve(io.cwd,certOut),key.certPem,420);let lines=[`wrote ${keyOut} (private key, mode 0600: keep it out of Git) and ${certOut}`],secretOut=v["secret-out"];if(secretOut!==void 0){let manifest=keySecretManifest(key,{namespace:v.namespace??"kube-system"});writeFileAtomic(resolve(io.cwd,secretOut),serializeManifests([manifest],formatFromPath(secretOut)??"yaml"),384),lines.push(`wrote ${secretOut} (the controller's key Secret, mode 0600: apply it, never commit it)`)}return lines.push(`certificate sha256 ${key.sha256}, valid until ${formatDay(key.notAfter)}`),{exitCode:0,stdout:`${lines.join(`
`)}
`,stderr:""}}function integer(text,flag){if(!/^\d{1,6}$/.test(text))throw new SealgateError("USAGE",`${flag} must be a whole number (got '${text}')`);return Number(text)}export{KEYGEN_HELP,keygenCommand};
