import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);
import {
  GATEWAY_FORMATS,
  gatewayConfigReader,
  gatewayFormatOf,
  gatewayRoutesOf,
  parseGatewayConfig,
  readGatewayConfig
} from "./chunk-HZAO4TZR.js";
import "./chunk-LSQYQN3F.js";
import "./chunk-QIUQF3M2.js";
import "./chunk-PE3PWTXU.js";
import "./chunk-OUQS2ATI.js";
import "./chunk-CVAD7S7L.js";
import "./chunk-B3SFOPOV.js";
export {
  GATEWAY_FORMATS,
  gatewayConfigReader,
  gatewayFormatOf,
  gatewayRoutesOf,
  parseGatewayConfig,
  readGatewayConfig
};
//# sourceMappingURL=gateway-config-LFH544JZ.js.map
