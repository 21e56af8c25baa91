import{createRequire as __sgCreateRequire}from'node:module';const require=__sgCreateRequire(import.meta.url);
import{compareFindings,resolveConfig,runScan}from"./chunk-GZMMRO76.js";import{describeTools,policyScanner}from"./chunk-FZUU276H.js";import{findRepoRoot,severityRank}from"./chunk-YELUEHLZ.js";import{basename,resolve}from"node:path";var plural=(n,word,many=`${word}s`)=>`${n} ${n===1?word:many}`,pct=(part,whole)=>whole===0?"":` (${Math.round(part/whole*100)}%)`;function item(id,label,pass,detail,ruleIds){return ruleIds?{id,label,status:pass?"pass":"fail",detail,ruleIds}:{id,label,status:pass?"pass":"fail",detail}}function auditSections(input){let{facts,findings,secrets,tools}=input,leaks=findings.filter(f=>f.category!=="policy"),manifests=leaks.filter(f=>f.category==="secret-manifest").length,{tooling,rotation,injection,audit:audit2}=facts,oldest=secrets[0],oldestText=oldest?.ageDays!==void 0?`; oldest: ${oldest.name}${oldest.key?` ${oldest.key}`:""} (${plural(oldest.ageDays,"day")})`:"",unknown=rotation.unknownAge?`; ${rotation.unknownAge} of unknown age (not in Git history)`:"",byProvider=p=>injection.identities.filter(i=>i.provider===p).length,statics=injection.staticKeys.map(s=>s.workload);return[{id:"storage",title:"Storage",items:[item("no-plaintext","No plaintext secrets or credentials in the repository",leaks.length===0,leaks.length===0?"No plaintext Secret manifests or leaked credentials found.":`${plural(leaks.length,"finding")}: ${plural(manifests,"manifest finding")} (Secrets, ConfigMaps, env values, sealed and SOPS files), ${plural(leaks.length-manifests,"leaked credential")} (listed below, redacted).`),item("one-secret-tool","One secret tool used consistently",tools.length<=1,tools.length===0?"No SealedSecrets, SOPS files or ExternalSecrets found.":`${describeTools(tools)}; ${plural(tooling.sealedKeys,"sealed key")} in total.`,["mixed-secret-tooling"])]},{id:"rotation",title:"Rotation",items:[item("rotation-within-limit",`Every sealed secret rotated within ${input.maxSecretAgeDays} days`,rotation.overdue===0,rotation.tracked===0?"No sealed secrets to age.":`${rotation.overdue} of ${plural(rotation.tracked,"sealed secret")} overdue${oldestText}${unknown}.`,["secret-rotation-overdue"]),item("externalsecrets-refresh","ExternalSecrets refresh from their store",rotation.externalSecretsWithoutRefresh===0,tooling.externalSecrets===0?"No ExternalSecrets.":`${rotation.externalSecretsWithoutRefresh} of ${plural(tooling.externalSecrets,"ExternalSecret")} never ${rotation.externalSecretsWithoutRefresh===1?"refreshes":"refresh"}.`,["externalsecret-no-refresh"])]},{id:"injection",title:"Injection",items:[item("rotation-reaches-pods","Rotated secrets reach running pods (volume mounts, or Reloader for env)",injection.reloaderCovered===injection.envWorkloads,`Secrets used through envFrom: ${injection.envFrom}, secretKeyRef: ${injection.secretKeyRef}, volume mounts: ${injection.volumes}; Reloader covers ${injection.reloaderCovered} of ${plural(injection.envWorkloads,"long-running workload")} that ${injection.envWorkloads===1?"takes":"take"} Secrets into env.`,["envfrom-secret-without-reload"]),item("workload-identity","Workload identity instead of static cloud keys",statics.length===0,`${plural(injection.identities.length,"ServiceAccount")} with workload identity (IRSA ${byProvider("aws")}, GKE ${byProvider("gcp")}, Azure ${byProvider("azure")}); ${plural(statics.length,"workload")} with static cloud keys${statics.length?`: ${statics.slice(0,3).join(", ")}${statics.length>3?", \u2026":""}`:""}.`,["static-cloud-credentials"])]},{id:"audit",title:"Audit",items:[item("automount-off","Service account tokens mounted only where needed",audit2.automountOff===audit2.podTemplates&&audit2.serviceAccountsAutomountOff===audit2.serviceAccounts,`automountServiceAccountToken is off for ${audit2.automountOff} of ${plural(audit2.podTemplates,"pod template")}${pct(audit2.automountOff,audit2.podTemplates)} and ${audit2.serviceAccountsAutomountOff} of ${plural(audit2.serviceAccounts,"ServiceAccount")}${pct(audit2.serviceAccountsAutomountOff,audit2.serviceAccounts)}.`,["automount-token"]),item("no-broad-secret-rbac","No broad read access to Secrets in RBAC",audit2.broadRoles===0&&audit2.broadBindings===0,`${plural(audit2.broadRoles,"role")} may read every Secret; ${plural(audit2.broadBindings,"binding")} ${audit2.broadBindings===1?"grants":"grant"} such a role (${audit2.clusterWideBindings} cluster-wide).`,["rbac-broad-secret-access"])]}]}function auditManualChecks(){let manual=(id,label,detail)=>({id,label,status:"manual",detail});return[manual("etcd-encryption","Secrets encrypted at rest in etcd","The API server's encryption config uses KMS v2 (or aescbc/secretbox), not identity; managed clusters: envelope encryption with a cloud KMS key."),manual("api-audit-log","API audit log records access to Secrets","An audit policy logs secrets at Metadata level (never Request/RequestResponse, which would log values), shipped off the cluster and retained."),manual("cloud-audit","Cloud audit trail and threat detection enabled","CloudTrail and GuardDuty (AWS), Cloud Audit Logs and Security Command Center (GCP), Activity Log and Defender for Cloud (Azure), alerting on secret-store and KMS reads."),manual("key-custody","Sealing and decryption keys backed up and access reviewed","The sealed-secrets controller's keys backed up offline; who holds SOPS age/KMS keys reviewed; leavers' access revoked."),manual("store-rotation","Secrets in external stores rotated","ExternalSecrets only copy values: check rotation dates in the store (Vault, AWS Secrets Manager, Google Secret Manager, Azure Key Vault).")]}async function audit(options={}){let cwd=resolve(options.cwd??process.cwd(),options.path??"."),repoRoot=findRepoRoot(cwd),loaded=resolveConfig(options.config,cwd,repoRoot),maxSecretAgeDays=options.maxSecretAgeDays??loaded.governance.maxSecretAgeDays,config={...loaded,governance:{...loaded.governance,maxSecretAgeDays}},policy=policyScanner(),{report,context}=await runScan({cwd,config,policy:!0,...options.keyPolicy?{keyPolicy:options.keyPolicy}:{},...options.now?{now:options.now}:{},...options.signal?{signal:options.signal}:{},...options.onProgress?{onProgress:options.onProgress}:{}},[policy]),facts=policy.facts(context),secrets=policy.secretAges(context);return{version:1,generatedAt:context.now.toISOString(),target:options.name??basename(repoRoot??cwd),maxSecretAgeDays,sections:auditSections({facts,findings:report.findings,secrets,tools:policy.tools(),maxSecretAgeDays}),manual:auditManualChecks(),secrets,facts,findings:[...report.findings].sort((a,b)=>severityRank(b.severity)-severityRank(a.severity)||compareFindings(a,b)),summary:report.summary}}function mdText(s){return s.replace(/[\u0000-\u001f\u007f]/g," ").replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/([\\`*_[\]|#])/g,"\\$1")}var box=i=>i.status==="pass"?"[x]":"[ ]";function itemLine(i){return`- ${box(i)} **${mdText(i.label)}**${i.status==="manual"?" *(manual)*":""} \u2014 ${mdText(i.detail)}`}function ageCell(s){return s.ageDays===void 0?"unknown":`${s.ageDays} d`}function secretsTable(secrets){if(secrets.length===0)return[];let out=["","| Secret | Key | Last changed | Age | Status | File |","| --- | --- | --- | ---: | --- | --- |"];for(let s of secrets){let changed=s.changed?`${s.changed.slice(0,10)}${s.commit?` (${s.commit.slice(0,7)})`:s.kind==="sealed-secret"?" (uncommitted)":""}`:"\u2014",status=s.overdue?"**overdue**":s.ageDays===void 0?"unknown":"ok";out.push(`| ${mdText(s.name)} | ${s.key?mdText(s.key):`*${s.kind==="sops"?"SOPS file":""}*`} | ${changed} | ${ageCell(s)} | ${status} | ${mdText(s.file)}:${s.line} |`)}return out}function findingsTable(findings){if(findings.length===0)return["","No findings."];let out=["","| Severity | Rule | Where | Message |","| --- | --- | --- | --- |"];for(let f of findings.slice(0,25)){let secret=f.secret!==void 0?` (secret: ${mdText(f.secret)})`:"";out.push(`| ${f.severity} | ${mdText(f.ruleId)} | ${mdText(f.file)}:${f.line} | ${mdText(f.message)}${secret} |`)}return findings.length>25&&out.push("",`\u2026and ${findings.length-25} more: run \`sealgate scan --policy\` for the full list.`),out}var auditMarkdown=(report,ctx)=>{let out=[`# Secret governance report: ${mdText(report.target)}`,"",`Generated ${report.generatedAt.slice(0,10)} \xB7 maximum secret age ${report.maxSecretAgeDays} days \xB7 ${report.summary.files} files scanned \xB7 sealgate ${ctx.version}`];for(let section of report.sections)out.push("",`## ${section.title}`,"",...section.items.map(itemLine)),section.id==="rotation"&&out.push(...secretsTable(report.secrets));return out.push("","## Manual checks","","The repository cannot show these; tick them by hand.","",...report.manual.map(itemLine)),out.push("","## Findings",...findingsTable(report.findings)),`${out.join(`
`)}
`};var PRINTED_ROWS=6,CHART_BARS=12;function htmlText(s){return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g," ").replace(/[&<>"']/g,c=>`&#${c.charCodeAt(0)};`)}var CSS=`
*{box-sizing:border-box}
body{font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;margin:24px auto;max-width:1100px;padding:0 16px}
h1{font-size:20px;margin:0 0 2px}
h2{font-size:15px;margin:0 0 6px;border-bottom:1px solid #d0d7de;padding-bottom:2px}
.meta,.note,footer{color:#57606a;font-size:12px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:12px 20px;margin-top:12px}
section{break-inside:avoid}
ul.checklist{list-style:none;margin:0;padding:0}
ul.checklist li{margin:0 0 5px;padding-left:22px;text-indent:-22px}
.box{display:inline-block;width:22px;text-indent:0;font-size:15px}
.pass .box{color:#1a7f37}.fail .box{color:#cf222e}.manual .box{color:#9a6700}
.detail{display:block;text-indent:0;color:#424a53;font-size:12px}
.tag{font-size:10px;border:1px solid #d4a72c;color:#9a6700;border-radius:8px;padding:0 5px;margin-left:4px}
table{border-collapse:collapse;width:100%;font-size:11.5px;margin-top:6px}
th,td{border-bottom:1px solid #eaeef2;padding:2px 6px;text-align:left;vertical-align:top}
td.num{text-align:right;white-space:nowrap}
tr.overdue td{color:#a40e26;font-weight:600}
.sev{font-weight:600;text-transform:uppercase;font-size:10px}
.sev-critical,.sev-high{color:#cf222e}.sev-medium{color:#bc4c00}.sev-low{color:#9a6700}.sev-info{color:#57606a}
svg.ages{width:100%;height:auto;margin-top:6px}
svg.ages text{font:10px system-ui,sans-serif;fill:#1f2328}
svg.ages .bar{fill:#54aeff}svg.ages .bar.overdue{fill:#ff8182}svg.ages .limit{stroke:#cf222e;stroke-dasharray:3 2}
.wide{grid-column:1/-1}
code{font-size:11px}
.print-only{display:none}
@page{size:A4 portrait;margin:9mm}
@media print{
body{font-size:8.5pt;margin:0;max-width:none;padding:0}
h1{font-size:13pt}h2{font-size:10pt;margin-bottom:3px}
.grid{gap:5px 14px;margin-top:6px}
ul.checklist li{margin-bottom:3px}
.box{font-size:11pt}
.detail,.note{font-size:7.5pt}
table{font-size:7pt}
table.secrets,.extra,tr.extra,.screen-only{display:none}
.print-only{display:block}
section.manual ul{columns:2;column-gap:14px}
section.manual li{break-inside:avoid}
section.manual .detail,section.manual .note,.col-rule{display:none}
}
`,GLYPH={pass:"&#9745;",fail:"&#9744;",manual:"&#9744;"};function itemHtml(i){let tag=i.status==="manual"?'<span class="tag">manual</span>':"";return`<li class="${i.status}"><span class="box" aria-label="${i.status}">${GLYPH[i.status]}</span><strong>${htmlText(i.label)}</strong>${tag}<span class="detail">${htmlText(i.detail)}</span></li>`}function checklist(items){return`<ul class="checklist">
${items.map(itemHtml).join(`
`)}
</ul>`}function secretLabel(s){return s.key?`${s.name} ${s.key}`:s.name}function ageChart(secrets,maxAgeDays){let aged=secrets.filter(s=>s.ageDays!==void 0).slice(0,CHART_BARS);if(aged.length===0)return"";let labelW=240,barW=270,rowH=15,top=14,height=top+aged.length*rowH+4,scaleMax=Math.max(maxAgeDays*1.25,...aged.map(s=>s.ageDays),1),x=days=>labelW+Math.round(days/scaleMax*barW),clip=t=>t.length>40?`${t.slice(0,39)}\u2026`:t,bars=aged.map((s,i)=>{let y=top+i*rowH,w=Math.max(1,x(s.ageDays)-labelW);return`<text x="${labelW-6}" y="${y+10}" text-anchor="end">${htmlText(clip(secretLabel(s)))}</text><rect class="bar${s.overdue?" overdue":""}" x="${labelW}" y="${y+2}" width="${w}" height="${rowH-4}"/><text x="${labelW+w+4}" y="${y+10}">${s.ageDays} d${s.overdue?" overdue":""}</text>`}),limitX=x(maxAgeDays);return[`<svg class="ages" viewBox="0 0 600 ${height}" role="img" aria-label="Secret ages in days, oldest first; the dashed line is the ${maxAgeDays}-day limit">`,`<line class="limit" x1="${limitX}" y1="4" x2="${limitX}" y2="${height}"/>`,`<text x="${limitX+3}" y="10">${maxAgeDays}-day limit</text>`,...bars,"</svg>"].join(`
`)}function secretsTable2(secrets){return secrets.length===0?"":`<table class="secrets">
<thead><tr><th>Secret</th><th>Key</th><th>Last changed</th><th>Age</th><th>Status</th></tr></thead>
<tbody>
${secrets.map((s,i)=>{let cls=[s.overdue?"overdue":"",i>=PRINTED_ROWS?"extra":""].filter(Boolean).join(" "),changed=s.changed?`${s.changed.slice(0,10)}${s.commit?` <code>${htmlText(s.commit.slice(0,7))}</code>`:s.kind==="sealed-secret"?" (uncommitted)":""}`:"&#8212;",status=s.overdue?"overdue":s.ageDays===void 0?"unknown":"ok";return`<tr${cls?` class="${cls}"`:""}><td>${htmlText(s.name)}</td><td>${s.key?htmlText(s.key):"<em>SOPS file</em>"}</td><td>${changed}</td><td class="num">${s.ageDays===void 0?"?":`${s.ageDays} d`}</td><td>${status}</td></tr>`}).join(`
`)}
</tbody>
</table>`}function findingsTable2(findings){if(findings.length===0)return'<p class="note">No findings.</p>';let rows=findings.slice(0,25).map((f,i)=>{let secret=f.secret!==void 0?` <code>${htmlText(f.secret)}</code>`:"";return`<tr${i>=PRINTED_ROWS?' class="extra"':""}><td class="sev sev-${f.severity}">${f.severity}</td><td class="col-rule">${htmlText(f.ruleId)}</td><td>${htmlText(f.file)}:${f.line}</td><td>${htmlText(f.message)}${secret}</td></tr>`}),note=(hidden,cls)=>hidden>0?`
<p class="note ${cls}">${hidden} more finding${hidden===1?"":"s"}: run <code>sealgate scan --policy</code> for the full list.</p>`:"",more=note(findings.length-Math.min(findings.length,PRINTED_ROWS),"print-only")+note(findings.length-Math.min(findings.length,25),"screen-only");return`<table class="findings">
<thead><tr><th>Severity</th><th class="col-rule">Rule</th><th>Where</th><th>Message</th></tr></thead>
<tbody>
${rows.join(`
`)}
</tbody>
</table>${more}`}function sectionHtml(s){return`<section class="${s.id}">
<h2>${htmlText(s.title)}</h2>
${checklist(s.items)}
</section>`}function agesHtml(report){if(report.secrets.length===0)return"";let overdue=report.secrets.filter(s=>s.overdue).length;return`<section class="ages wide">
<h2>Secret ages (${report.secrets.length}, ${overdue} overdue)</h2>
${ageChart(report.secrets,report.maxSecretAgeDays)}
${secretsTable2(report.secrets)}
</section>
`}var auditHtml=(report,ctx)=>{let title=`Secret governance report: ${report.target}`,ticked=report.sections.flatMap(s=>s.items).filter(i=>i.status==="pass").length,total=report.sections.reduce((n,s)=>n+s.items.length,0);return`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${htmlText(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${htmlText(title)}</h1>
<p class="meta">Generated ${htmlText(report.generatedAt.slice(0,10))} &#183; ${ticked} of ${total} checks ticked &#183; maximum secret age ${report.maxSecretAgeDays} days &#183; ${report.summary.files} files scanned</p>
</header>
<div class="grid">
${report.sections.map(sectionHtml).join(`
`)}
${agesHtml(report)}<section class="manual wide">
<h2>Manual checks</h2>
<p class="note">The repository cannot show these; tick them by hand.</p>
${checklist(report.manual)}
</section>
<section class="findings wide">
<h2>Findings (${report.findings.length})</h2>
${findingsTable2(report.findings)}
</section>
</div>
<footer>sealgate ${htmlText(ctx.version)} &#183; secrets are redacted; sealed values appear by name and age only.</footer>
</body>
</html>
`};var AUDIT_FORMATS=["markdown","html","json"];function isAuditFormat(s){return AUDIT_FORMATS.includes(s)}var auditJson=report=>`${JSON.stringify(report,null,2)}
`;function auditReporterFor(format){switch(format){case"markdown":return auditMarkdown;case"html":return auditHtml;case"json":return auditJson;default:return format}}export{audit,AUDIT_FORMATS,isAuditFormat,auditReporterFor};
