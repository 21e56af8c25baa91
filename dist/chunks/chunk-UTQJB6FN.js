import{createRequire as __sgCreateRequire}from'node:module';const require=__sgCreateRequire(import.meta.url);
var VERSION="0.1.0";export{VERSION};
