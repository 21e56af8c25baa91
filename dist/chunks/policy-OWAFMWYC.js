import{createRequire as __sgCreateRequire}from'node:module';const require=__sgCreateRequire(import.meta.url);
import{resolveSealPolicy}from"./chunk-V7D2M4QS.js";import"./chunk-R3U75F24.js";import"./chunk-JL44PJHX.js";import"./chunk-QCUMITNJ.js";import"./chunk-CK7YME6L.js";import"./chunk-3AIEM64X.js";import"./chunk-HS4P4DKS.js";import"./chunk-X7O5GAKN.js";export{resolveSealPolicy};
