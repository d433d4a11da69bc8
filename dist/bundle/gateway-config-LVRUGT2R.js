import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  GATEWAY_FORMATS,
  gatewayConfigReader,
  gatewayFormatOf,
  gatewayRoutesOf,
  readGatewayConfig
} from "./chunk-F5A2M7EJ.js";
import "./chunk-BVUJ7QIW.js";
import "./chunk-QIUQF3M2.js";
import "./chunk-PE3PWTXU.js";
import "./chunk-OUQS2ATI.js";
import "./chunk-QARPM7KB.js";
import "./chunk-B3SFOPOV.js";
export {
  GATEWAY_FORMATS,
  gatewayConfigReader,
  gatewayFormatOf,
  gatewayRoutesOf,
  readGatewayConfig
};
//# sourceMappingURL=gateway-config-LVRUGT2R.js.map
