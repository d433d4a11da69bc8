import { createRequire as __archLintCreateRequire } from 'node:module'; const require = __archLintCreateRequire(import.meta.url);

// dist/validators/baseline.generated.js
function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320)
        pos++;
    }
  }
  return length;
}
var baseline_generated_default = validate10;
var schema12 = { "type": "object", "additionalProperties": false, "required": ["rule", "service", "file", "target", "symbol", "message"], "properties": { "rule": { "type": "string", "minLength": 1, "description": "Rule id." }, "service": { "type": ["string", "null"], "description": "Service whose code makes the call, or null when no manifest claims the file." }, "file": { "type": "string", "minLength": 1, "description": "Path relative to the scan root, '/'-separated." }, "target": { "type": "string", "description": "What the call reaches: 'api:<name>', a host, or 'unresolved <expression>'; alternatives joined with ' | '. Empty for findings not about a call." }, "symbol": { "type": "string", "description": "Enclosing symbol of the call, e.g. 'ImporterClient.fetchStudents' or '<module>'. Empty for findings not about a call." }, "fingerprint": { "type": "string", "description": "Identity of a finding that is not about a call." }, "message": { "type": "string", "description": "The finding's message when the entry was written (informational, not part of the identity)." }, "comment": { "type": "string", "description": "Free text kept across updates: who accepted the debt, which ticket pays it." } } };
var func2 = ucs2length;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.entries === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entries" }, message: "must have required property 'entries'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "version" || key0 === "entries")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.entries !== void 0) {
      let data2 = data.entries;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.rule === void 0) {
              const err5 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data3.service === void 0) {
              const err6 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/required", keyword: "required", params: { missingProperty: "service" }, message: "must have required property 'service'" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data3.file === void 0) {
              const err7 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data3.target === void 0) {
              const err8 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data3.symbol === void 0) {
              const err9 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/required", keyword: "required", params: { missingProperty: "symbol" }, message: "must have required property 'symbol'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data3.message === void 0) {
              const err10 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            for (const key1 in data3) {
              if (!(key1 === "rule" || key1 === "service" || key1 === "file" || key1 === "target" || key1 === "symbol" || key1 === "fingerprint" || key1 === "message" || key1 === "comment")) {
                const err11 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data3.rule !== void 0) {
              let data4 = data3.rule;
              if (typeof data4 === "string") {
                if (func2(data4) < 1) {
                  const err12 = { instancePath: instancePath + "/entries/" + i0 + "/rule", schemaPath: "#/definitions/entry/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = { instancePath: instancePath + "/entries/" + i0 + "/rule", schemaPath: "#/definitions/entry/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data3.service !== void 0) {
              let data5 = data3.service;
              if (typeof data5 !== "string" && data5 !== null) {
                const err14 = { instancePath: instancePath + "/entries/" + i0 + "/service", schemaPath: "#/definitions/entry/properties/service/type", keyword: "type", params: { type: schema12.properties.service.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data3.file !== void 0) {
              let data6 = data3.file;
              if (typeof data6 === "string") {
                if (func2(data6) < 1) {
                  const err15 = { instancePath: instancePath + "/entries/" + i0 + "/file", schemaPath: "#/definitions/entry/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = { instancePath: instancePath + "/entries/" + i0 + "/file", schemaPath: "#/definitions/entry/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data3.target !== void 0) {
              if (typeof data3.target !== "string") {
                const err17 = { instancePath: instancePath + "/entries/" + i0 + "/target", schemaPath: "#/definitions/entry/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data3.symbol !== void 0) {
              if (typeof data3.symbol !== "string") {
                const err18 = { instancePath: instancePath + "/entries/" + i0 + "/symbol", schemaPath: "#/definitions/entry/properties/symbol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data3.fingerprint !== void 0) {
              if (typeof data3.fingerprint !== "string") {
                const err19 = { instancePath: instancePath + "/entries/" + i0 + "/fingerprint", schemaPath: "#/definitions/entry/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data3.message !== void 0) {
              if (typeof data3.message !== "string") {
                const err20 = { instancePath: instancePath + "/entries/" + i0 + "/message", schemaPath: "#/definitions/entry/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data3.comment !== void 0) {
              if (typeof data3.comment !== "string") {
                const err21 = { instancePath: instancePath + "/entries/" + i0 + "/comment", schemaPath: "#/definitions/entry/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/definitions/entry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/entries", schemaPath: "#/properties/entries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// dist/validators/config.generated.js
function ucs2length2(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320)
        pos++;
    }
  }
  return length;
}
var config_generated_default = validate102;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/arch-lint/arch-lint/blob/main/schemas/config.schema.json", "title": "arch-lint configuration", "description": "The reference architecture as code: which hosts are the gateway, the ESB, the organisation's own systems and outside services, and which rules apply. File name: arch-lint.config.yaml, arch-lint.config.yml, arch-lint.config.json or .arch-lint.yaml. See docs/configuration.md.", "type": "object", "additionalProperties": false, "definitions": { "hostPatternList": { "type": "array", "items": { "type": "string", "minLength": 1, "pattern": "^!?(\\*\\.)?[A-Za-z0-9_.:\\[\\]-]+$", "description": "A host name (exact, case-insensitive), or `*.domain` for any subdomain of domain (not domain itself). A leading `!` removes the entry from the list inherited from a preset." }, "uniqueItems": true }, "ruleSetting": { "type": "string", "enum": ["error", "warn", "off"], "description": "error: reported and fails the run; warn: reported, fails only beyond --max-warnings; off: not run." }, "ruleEntry": { "description": "A rule's setting, or `[setting, { options }]`.", "oneOf": [{ "$ref": "#/definitions/ruleSetting" }, { "type": "array", "items": [{ "$ref": "#/definitions/ruleSetting" }, { "type": "object", "description": "Options of the rule (see its docs page)." }], "minItems": 1, "maxItems": 2, "additionalItems": false }] } }, "properties": { "$schema": { "title": "Schema", "description": "URL or path of this JSON Schema, so editors can complete and check the file. Ignored by arch-lint.", "type": "string" }, "extends": { "title": "Presets", "description": "Built-in preset(s) to start from, applied in order: `recommended` (generic) or `helsinki` (University of Helsinki). Without it, `recommended` applies.", "oneOf": [{ "type": "string", "enum": ["recommended", "helsinki"] }, { "type": "array", "items": { "type": "string", "enum": ["recommended", "helsinki"] }, "uniqueItems": true }] }, "include": { "title": "Include", "description": "Glob patterns (relative to the scanned root) of files to scan. Default: everything. .gitignore is always honoured and dependency/build folders are always skipped.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "exclude": { "title": "Exclude", "description": "Glob patterns (relative to the scanned root) of files not to scan, e.g. `**/*.test.ts`.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "zones": { "title": "Zones", "description": "Host patterns per zone. Hosts are matched in the order gateway, esb, local, internal, external; a host matching none is `unknown`. Lists add to the presets' lists; `!pattern` removes one.", "type": "object", "additionalProperties": false, "properties": { "gateway": { "title": "Gateway hosts", "description": "The API gateway (e.g. Gravitee). Calls through it are the preferred way to integrate.", "$ref": "#/definitions/hostPatternList" }, "esb": { "title": "ESB hosts", "description": "The enterprise service bus, for integrations that transform, combine or orchestrate.", "$ref": "#/definitions/hostPatternList" }, "local": { "title": "Local hosts", "description": "Extra hosts that mean this machine (localhost, 127.0.0.0/8, ::1, 0.0.0.0, *.localhost, host.docker.internal and the Android emulator's 10.0.2.2 are built in).", "$ref": "#/definitions/hostPatternList" }, "internal": { "title": "Internal hosts", "description": "The organisation's own systems, whatever their domain (vendor-hosted ones included). A direct call to one is a point-to-point integration. Private IPs and single-label host names are always internal.", "$ref": "#/definitions/hostPatternList" }, "external": { "title": "External hosts", "description": "Outside services (SaaS, public APIs): not integrations between the organisation's systems.", "$ref": "#/definitions/hostPatternList" } } }, "rules": { "title": "Rules", "description": "Rule id \u2192 `error`, `warn`, `off`, or `[setting, { options }]`. Overrides the presets.", "type": "object", "additionalProperties": { "$ref": "#/definitions/ruleEntry" } }, "allowWithinSystem": { "title": "Allow calls within a system", "description": "Calls between services of the same system (from service manifests) are not integrations between systems. Default true.", "type": "boolean" }, "maxWaiverDays": { "title": "Longest waiver", "description": "Longest a manifest waiver may run, in days. Default 365.", "type": "integer", "minimum": 1 }, "inlineSuppressions": { "title": "Inline suppressions", "description": "Whether code comments may suppress findings: `allow`, `require-ticket` (the reason must name a ticket) or `forbid` (exceptions live in reviewed manifests only). Default allow.", "type": "string", "enum": ["allow", "require-ticket", "forbid"] }, "ignoreHosts": { "title": "Ignored hosts", "description": "Hosts that are never integration targets (identity providers, telemetry). Same pattern syntax as zones; `!pattern` removes a preset's entry. Calls to them are still listed, but no rule reports them.", "$ref": "#/definitions/hostPatternList" }, "deployments": { "title": "Deployment repositories", "description": "Folders (relative to the config file) whose deployment files (Kubernetes, OpenShift, Helm values, compose, .env) bind this repository's services' variables, for teams that keep them in a separate (GitOps) repository. Read only; a folder outside the repository root is read only when it is also given on the command line with --deployments. See docs/configuration.md.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "bindings": { "title": "Bindings stated by hand", "description": "Values of environment variables or configuration keys that nothing the scan reads binds, stated by the team with a reason: `IMPORTER_URL: { value: https://..., reason: ... }`. Shown as such in evidence chains.", "type": "object", "propertyNames": { "minLength": 1 }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["value", "reason"], "properties": { "value": { "title": "Value", "description": "The value the variable holds in the environment given (production by default).", "type": "string" }, "reason": { "title": "Reason", "description": "Where the value comes from (a deployment repository, a secret store, a team's word).", "type": "string", "minLength": 1 }, "service": { "title": "Service", "description": "The service the binding applies to; without it, every service that binds the variable nowhere else.", "type": "string", "minLength": 1 }, "environment": { "title": "Environment", "description": "The environment the value applies in (prod, staging, test, dev). Default: prod.", "type": "string", "minLength": 1 } } } }, "gateway": { "title": "Gateway", "description": "The API gateway's catalogue and public entrypoints.", "type": "object", "additionalProperties": false, "properties": { "catalog": { "title": "Catalogue files", "description": "Files or globs (relative to the config file) of Gravitee API definitions checked into the repository.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "entrypoints": { "title": "Entrypoints", "description": "Public base URLs of the gateway, e.g. https://gw.api.helsinki.fi. `!url` removes a preset's entry.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "tokenEnv": { "title": "Token variable", "description": "Name of the environment variable holding the Management API token for `arch-lint catalog pull`. The token itself never goes in the config.", "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "managementUrl": { "title": "Management API URL", "description": "Base URL of Gravitee's Management API.", "type": "string", "minLength": 1 }, "environmentId": { "title": "Environment id", "description": "Gravitee environment id to pull the catalogue from.", "type": "string", "minLength": 1 } } } } };
var func22 = Object.prototype.hasOwnProperty;
var func3 = ucs2length2;
var pattern0 = new RegExp("^!?(\\*\\.)?[A-Za-z0-9_.:\\[\\]-]+$", "u");
var pattern6 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var schema18 = { "type": "string", "enum": ["error", "warn", "off"], "description": "error: reported and fails the run; warn: reported, fails only beyond --max-warnings; off: not run." };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/definitions/ruleSetting/type", keyword: "type", params: { type: "string" }, message: "must be string" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "error" || data === "warn" || data === "off")) {
    const err1 = { instancePath, schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs4 = errors;
  if (Array.isArray(data)) {
    if (data.length > 2) {
      const err2 = { instancePath, schemaPath: "#/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.length < 1) {
      const err3 = { instancePath, schemaPath: "#/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    const len0 = data.length;
    if (!(len0 <= 2)) {
      const err4 = { instancePath, schemaPath: "#/oneOf/1/additionalItems", keyword: "additionalItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    const len1 = data.length;
    if (len1 > 0) {
      let data0 = data[0];
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/0", schemaPath: "#/definitions/ruleSetting/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data0 === "error" || data0 === "warn" || data0 === "off")) {
        const err6 = { instancePath: instancePath + "/0", schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (len1 > 1) {
      let data1 = data[1];
      if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
        const err7 = { instancePath: instancePath + "/1", schemaPath: "#/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  var _valid0 = _errs4 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err9 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func22.call(schema11.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data1 = data.extends;
      const _errs5 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs6 = errors;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data1 === "recommended" || data1 === "helsinki")) {
        const err3 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.extends.oneOf[0].enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs8 = errors;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err4 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (!(data2 === "recommended" || data2 === "helsinki")) {
            const err5 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/oneOf/1/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.extends.oneOf[1].items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err6 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.include !== void 0) {
      let data3 = data.include;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data4 = data3[i2];
          if (typeof data4 === "string") {
            if (func3(data4) < 1) {
              const err9 = { instancePath: instancePath + "/include/" + i2, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/include/" + i2, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data5 = data.exclude;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data6 = data5[i3];
          if (typeof data6 === "string") {
            if (func3(data6) < 1) {
              const err12 = { instancePath: instancePath + "/exclude/" + i3, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/exclude/" + i3, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.zones !== void 0) {
      let data7 = data.zones;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          if (!(key1 === "gateway" || key1 === "esb" || key1 === "local" || key1 === "internal" || key1 === "external")) {
            const err15 = { instancePath: instancePath + "/zones", schemaPath: "#/properties/zones/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data7.gateway !== void 0) {
          let data8 = data7.gateway;
          if (Array.isArray(data8)) {
            const len3 = data8.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data9 = data8[i4];
              if (typeof data9 === "string") {
                if (func3(data9) < 1) {
                  const err16 = { instancePath: instancePath + "/zones/gateway/" + i4, schemaPath: "#/definitions/hostPatternList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                if (!pattern0.test(data9)) {
                  const err17 = { instancePath: instancePath + "/zones/gateway/" + i4, schemaPath: "#/definitions/hostPatternList/items/pattern", keyword: "pattern", params: { pattern: "^!?(\\*\\.)?[A-Za-z0-9_.:\\[\\]-]+$" }, message: 'must match pattern "^!?(\\*\\.)?[A-Za-z0-9_.:\\[\\]-]+$"' };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/zones/gateway/" + i4, schemaPath: "#/definitions/hostPatternList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            let i5 = data8.length;
            let j1;
            if (i5 > 1) {
              const indices1 = {};
              for (; i5--; ) {
                let item1 = data8[i5];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err19 = { instancePath: instancePath + "/zones/gateway", schemaPath: "#/definitions/hostPatternList/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i5;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/zones/gateway", schemaPath: "#/definitions/hostPatternList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data7.esb !== void 0) {
          let data10 = data7.esb;
          if (Array.isArray(data10)) {
            const len4 = data10.length;
            for (let i6 = 0; i6 < len4; i6++) {
              let data11 = data10[i6];
              if (typeof data11 === "string") {
                if (func3(data11) < 1) {
                  const err21 = { instancePath: instancePath + "/zones/esb/" + i6, schemaPath: "#/definitions/hostPatternList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (!pattern0.test(data11)) {
                  const err22 = { instancePath: instancePath + "/zones/esb/" + i6, schemaPath: "#/definitions/hostPatternList/items/pattern", keyword: "pattern", params: { pattern: "^!?(\\*\\.)?[A-Za-z0-9_.:\\[\\]-]+$" }, message: 'must match pattern "^!?(\\*\\.)?[A-Za-z0-9_.:\\[\\]-]+$"' };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/zones/esb/" + i6, schemaPath: "#/definitions/hostPatternList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            let i7 = data10.length;
            let j2;
            if (i7 > 1) {
              const indices2 = {};
              for (; i7--; ) {
                let item2 = data10[i7];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j2 = indices2[item2];
                  const err24 = { instancePath: instancePath + "/zones/esb", schemaPath: "#/definitions/hostPatternList/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i7 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i7;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/zones/esb", schemaPath: "#/definitions/hostPatternList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data7.local !== void 0) {
          let data12 = data7.local;
          if (Array.isArray(data12)) {
            const len5 = data12.length;
            for (let i8 = 0; i8 < len5; i8++) {
              let data13 = data12[i8];
              if (typeof data13 === "string") {
                if (func3(data13) < 1) {
                  const err26 = { instancePath: instancePath + "/zones/local/" + i8, schemaPath: "#/definitions/hostPatternList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                if (!pattern0.test(data13)) {
                  const err27 = { instancePath: instancePath + "/zones/local/" + i8, schemaPath: "#/definitions/hostPatternList/items/pattern", keyword: "pattern", params: { pattern: "^!?(\\*\\.)?[A-Za-z0-9_.:\\[\\]-]+$" }, message: 'must match pattern "^!?(\\*\\.)?[A-Za-z0-9_.:\\[\\]-]+$"' };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/zones/local/" + i8, schemaPath: "#/definitions/hostPatternList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            let i9 = data12.length;
            let j3;
            if (i9 > 1) {
              const indices3 = {};
              for (; i9--; ) {
                let item3 = data12[i9];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j3 = indices3[item3];
                  const err29 = { instancePath: instancePath + "/zones/local", schemaPath: "#/definitions/hostPatternList/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i9 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i9;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/zones/local", schemaPath: "#/definitions/hostPatternList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data7.internal !== void 0) {
          let data14 = data7.internal;
          if (Array.isArray(data14)) {
            const len6 = data14.length;
            for (let i10 = 0; i10 < len6; i10++) {
              let data15 = data14[i10];
              if (typeof data15 === "string") {
                if (func3(data15) < 1) {
                  const err31 = { instancePath: instancePath + "/zones/internal/" + i10, schemaPath: "#/definitions/hostPatternList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (!pattern0.test(data15)) {
                  const err32 = { instancePath: instancePath + "/zones/internal/" + i10, schemaPath: "#/definitions/hostPatternList/items/pattern", keyword: "pattern", params: { pattern: "^!?(\\*\\.)?[A-Za-z0-9_.:\\[\\]-]+$" }, message: 'must match pattern "^!?(\\*\\.)?[A-Za-z0-9_.:\\[\\]-]+$"' };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/zones/internal/" + i10, schemaPath: "#/definitions/hostPatternList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            let i11 = data14.length;
            let j4;
            if (i11 > 1) {
              const indices4 = {};
              for (; i11--; ) {
                let item4 = data14[i11];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (typeof indices4[item4] == "number") {
                  j4 = indices4[item4];
                  const err34 = { instancePath: instancePath + "/zones/internal", schemaPath: "#/definitions/hostPatternList/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i11 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                  break;
                }
                indices4[item4] = i11;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/zones/internal", schemaPath: "#/definitions/hostPatternList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data7.external !== void 0) {
          let data16 = data7.external;
          if (Array.isArray(data16)) {
            const len7 = data16.length;
            for (let i12 = 0; i12 < len7; i12++) {
              let data17 = data16[i12];
              if (typeof data17 === "string") {
                if (func3(data17) < 1) {
                  const err36 = { instancePath: instancePath + "/zones/external/" + i12, schemaPath: "#/definitions/hostPatternList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (!pattern0.test(data17)) {
                  const err37 = { instancePath: instancePath + "/zones/external/" + i12, schemaPath: "#/definitions/hostPatternList/items/pattern", keyword: "pattern", params: { pattern: "^!?(\\*\\.)?[A-Za-z0-9_.:\\[\\]-]+$" }, message: 'must match pattern "^!?(\\*\\.)?[A-Za-z0-9_.:\\[\\]-]+$"' };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/zones/external/" + i12, schemaPath: "#/definitions/hostPatternList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            let i13 = data16.length;
            let j5;
            if (i13 > 1) {
              const indices5 = {};
              for (; i13--; ) {
                let item5 = data16[i13];
                if (typeof item5 !== "string") {
                  continue;
                }
                if (typeof indices5[item5] == "number") {
                  j5 = indices5[item5];
                  const err39 = { instancePath: instancePath + "/zones/external", schemaPath: "#/definitions/hostPatternList/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i13 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                  break;
                }
                indices5[item5] = i13;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/zones/external", schemaPath: "#/definitions/hostPatternList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/zones", schemaPath: "#/properties/zones/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data18 = data.rules;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key2 in data18) {
          if (!validate11(data18[key2], { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data18, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.allowWithinSystem !== void 0) {
      if (typeof data.allowWithinSystem !== "boolean") {
        const err43 = { instancePath: instancePath + "/allowWithinSystem", schemaPath: "#/properties/allowWithinSystem/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.maxWaiverDays !== void 0) {
      let data21 = data.maxWaiverDays;
      if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
        const err44 = { instancePath: instancePath + "/maxWaiverDays", schemaPath: "#/properties/maxWaiverDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      if (typeof data21 == "number" && isFinite(data21)) {
        if (data21 < 1 || isNaN(data21)) {
          const err45 = { instancePath: instancePath + "/maxWaiverDays", schemaPath: "#/properties/maxWaiverDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      }
    }
    if (data.inlineSuppressions !== void 0) {
      let data22 = data.inlineSuppressions;
      if (typeof data22 !== "string") {
        const err46 = { instancePath: instancePath + "/inlineSuppressions", schemaPath: "#/properties/inlineSuppressions/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
      if (!(data22 === "allow" || data22 === "require-ticket" || data22 === "forbid")) {
        const err47 = { instancePath: instancePath + "/inlineSuppressions", schemaPath: "#/properties/inlineSuppressions/enum", keyword: "enum", params: { allowedValues: schema11.properties.inlineSuppressions.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.ignoreHosts !== void 0) {
      let data23 = data.ignoreHosts;
      if (Array.isArray(data23)) {
        const len8 = data23.length;
        for (let i14 = 0; i14 < len8; i14++) {
          let data24 = data23[i14];
          if (typeof data24 === "string") {
            if (func3(data24) < 1) {
              const err48 = { instancePath: instancePath + "/ignoreHosts/" + i14, schemaPath: "#/definitions/hostPatternList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            if (!pattern0.test(data24)) {
              const err49 = { instancePath: instancePath + "/ignoreHosts/" + i14, schemaPath: "#/definitions/hostPatternList/items/pattern", keyword: "pattern", params: { pattern: "^!?(\\*\\.)?[A-Za-z0-9_.:\\[\\]-]+$" }, message: 'must match pattern "^!?(\\*\\.)?[A-Za-z0-9_.:\\[\\]-]+$"' };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/ignoreHosts/" + i14, schemaPath: "#/definitions/hostPatternList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        let i15 = data23.length;
        let j6;
        if (i15 > 1) {
          const indices6 = {};
          for (; i15--; ) {
            let item6 = data23[i15];
            if (typeof item6 !== "string") {
              continue;
            }
            if (typeof indices6[item6] == "number") {
              j6 = indices6[item6];
              const err51 = { instancePath: instancePath + "/ignoreHosts", schemaPath: "#/definitions/hostPatternList/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i15 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
              break;
            }
            indices6[item6] = i15;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/ignoreHosts", schemaPath: "#/definitions/hostPatternList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.deployments !== void 0) {
      let data25 = data.deployments;
      if (Array.isArray(data25)) {
        const len9 = data25.length;
        for (let i16 = 0; i16 < len9; i16++) {
          let data26 = data25[i16];
          if (typeof data26 === "string") {
            if (func3(data26) < 1) {
              const err53 = { instancePath: instancePath + "/deployments/" + i16, schemaPath: "#/properties/deployments/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = { instancePath: instancePath + "/deployments/" + i16, schemaPath: "#/properties/deployments/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/deployments", schemaPath: "#/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.bindings !== void 0) {
      let data27 = data.bindings;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
        for (const key3 in data27) {
          const _errs69 = errors;
          if (typeof key3 === "string") {
            if (func3(key3) < 1) {
              const err56 = { instancePath: instancePath + "/bindings", schemaPath: "#/properties/bindings/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          var valid37 = _errs69 === errors;
          if (!valid37) {
            const err57 = { instancePath: instancePath + "/bindings", schemaPath: "#/properties/bindings/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        for (const key4 in data27) {
          let data28 = data27[key4];
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            if (data28.value === void 0) {
              const err58 = { instancePath: instancePath + "/bindings/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/bindings/additionalProperties/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data28.reason === void 0) {
              const err59 = { instancePath: instancePath + "/bindings/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/bindings/additionalProperties/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            for (const key5 in data28) {
              if (!(key5 === "value" || key5 === "reason" || key5 === "service" || key5 === "environment")) {
                const err60 = { instancePath: instancePath + "/bindings/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/bindings/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data28.value !== void 0) {
              if (typeof data28.value !== "string") {
                const err61 = { instancePath: instancePath + "/bindings/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/value", schemaPath: "#/properties/bindings/additionalProperties/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data28.reason !== void 0) {
              let data30 = data28.reason;
              if (typeof data30 === "string") {
                if (func3(data30) < 1) {
                  const err62 = { instancePath: instancePath + "/bindings/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/reason", schemaPath: "#/properties/bindings/additionalProperties/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = { instancePath: instancePath + "/bindings/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/reason", schemaPath: "#/properties/bindings/additionalProperties/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data28.service !== void 0) {
              let data31 = data28.service;
              if (typeof data31 === "string") {
                if (func3(data31) < 1) {
                  const err64 = { instancePath: instancePath + "/bindings/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/service", schemaPath: "#/properties/bindings/additionalProperties/properties/service/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/bindings/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/service", schemaPath: "#/properties/bindings/additionalProperties/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data28.environment !== void 0) {
              let data32 = data28.environment;
              if (typeof data32 === "string") {
                if (func3(data32) < 1) {
                  const err66 = { instancePath: instancePath + "/bindings/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/environment", schemaPath: "#/properties/bindings/additionalProperties/properties/environment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              } else {
                const err67 = { instancePath: instancePath + "/bindings/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/environment", schemaPath: "#/properties/bindings/additionalProperties/properties/environment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/bindings/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/bindings/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/bindings", schemaPath: "#/properties/bindings/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.gateway !== void 0) {
      let data33 = data.gateway;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        for (const key6 in data33) {
          if (!(key6 === "catalog" || key6 === "entrypoints" || key6 === "tokenEnv" || key6 === "managementUrl" || key6 === "environmentId")) {
            const err70 = { instancePath: instancePath + "/gateway", schemaPath: "#/properties/gateway/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data33.catalog !== void 0) {
          let data34 = data33.catalog;
          if (Array.isArray(data34)) {
            const len10 = data34.length;
            for (let i17 = 0; i17 < len10; i17++) {
              let data35 = data34[i17];
              if (typeof data35 === "string") {
                if (func3(data35) < 1) {
                  const err71 = { instancePath: instancePath + "/gateway/catalog/" + i17, schemaPath: "#/properties/gateway/properties/catalog/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              } else {
                const err72 = { instancePath: instancePath + "/gateway/catalog/" + i17, schemaPath: "#/properties/gateway/properties/catalog/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/gateway/catalog", schemaPath: "#/properties/gateway/properties/catalog/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data33.entrypoints !== void 0) {
          let data36 = data33.entrypoints;
          if (Array.isArray(data36)) {
            const len11 = data36.length;
            for (let i18 = 0; i18 < len11; i18++) {
              let data37 = data36[i18];
              if (typeof data37 === "string") {
                if (func3(data37) < 1) {
                  const err74 = { instancePath: instancePath + "/gateway/entrypoints/" + i18, schemaPath: "#/properties/gateway/properties/entrypoints/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              } else {
                const err75 = { instancePath: instancePath + "/gateway/entrypoints/" + i18, schemaPath: "#/properties/gateway/properties/entrypoints/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/gateway/entrypoints", schemaPath: "#/properties/gateway/properties/entrypoints/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data33.tokenEnv !== void 0) {
          let data38 = data33.tokenEnv;
          if (typeof data38 === "string") {
            if (!pattern6.test(data38)) {
              const err77 = { instancePath: instancePath + "/gateway/tokenEnv", schemaPath: "#/properties/gateway/properties/tokenEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"' };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = { instancePath: instancePath + "/gateway/tokenEnv", schemaPath: "#/properties/gateway/properties/tokenEnv/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data33.managementUrl !== void 0) {
          let data39 = data33.managementUrl;
          if (typeof data39 === "string") {
            if (func3(data39) < 1) {
              const err79 = { instancePath: instancePath + "/gateway/managementUrl", schemaPath: "#/properties/gateway/properties/managementUrl/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          } else {
            const err80 = { instancePath: instancePath + "/gateway/managementUrl", schemaPath: "#/properties/gateway/properties/managementUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data33.environmentId !== void 0) {
          let data40 = data33.environmentId;
          if (typeof data40 === "string") {
            if (func3(data40) < 1) {
              const err81 = { instancePath: instancePath + "/gateway/environmentId", schemaPath: "#/properties/gateway/properties/environmentId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          } else {
            const err82 = { instancePath: instancePath + "/gateway/environmentId", schemaPath: "#/properties/gateway/properties/environmentId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/gateway", schemaPath: "#/properties/gateway/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
  } else {
    const err84 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err84];
    } else {
      vErrors.push(err84);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}

// dist/validators/service.generated.js
function ucs2length3(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 55296 && value <= 56319 && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 64512) === 56320)
        pos++;
    }
  }
  return length;
}
var service_generated_default = validate103;
var schema112 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/arch-lint/arch-lint/schemas/service.schema.json", "title": "arch-lint service manifest (architecture.yaml)", "description": "What one service provides and consumes, and how: through the API gateway, the ESB, or directly with a documented, expiring waiver. The manifest's directory is the service's root: every file below it (down to the next manifest) belongs to the service. See docs/manifests.md.", "type": "object", "required": ["apiVersion", "kind", "metadata"], "additionalProperties": false, "properties": { "$schema": { "title": "JSON Schema", "description": "Optional link to this schema, for editor completion.", "type": "string" }, "apiVersion": { "title": "Manifest format version", "description": "Always `arch-lint/v1` for this version of the format.", "const": "arch-lint/v1" }, "kind": { "title": "Manifest kind", "description": "`Service`, or `Gateway` for a service that is the system's own API gateway (Spring Cloud Gateway, YARP, nginx\u2026): calls to it are zone `gateway`, like calls to the hosts in `zones.gateway`.", "enum": ["Service", "Gateway"] }, "metadata": { "title": "Service metadata", "description": "Who the service is and who owns it.", "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "title": "Service name", "description": "Unique name of the service, e.g. `course-feedback`. Deployment workloads (Deployment, compose service) with this name are matched to the service.", "type": "string", "minLength": 1 }, "owner": { "title": "Owner", "description": "Team or person responsible for the service, e.g. `team-feedback`.", "type": "string" }, "description": { "title": "Description", "description": "One or two sentences on what the service does.", "type": "string" }, "system": { "title": "System", "description": "The system the service belongs to (as Backstage's `System`). Calls between services of the same system are not integrations between systems (config `allowWithinSystem`).", "type": "string", "minLength": 1 } } }, "spec": { "title": "Service specification", "description": "Where the service runs, the APIs it provides and the APIs it consumes.", "type": "object", "additionalProperties": false, "properties": { "hosts": { "title": "Hosts", "description": "Host names where the service is reachable (e.g. `feedback.it.helsinki.fi`, `feedback-api`). Calls to these hosts are attributed to this service. Hosts are also learnt from Routes, Ingresses, Services and compose files.", "type": "array", "items": { "title": "Host", "description": "A host name, without scheme or path.", "type": "string", "minLength": 1, "pattern": "^[^/\\s]+$" } }, "provides": { "title": "Provided APIs", "description": "APIs this service publishes for others.", "type": "array", "items": { "title": "Provided API", "type": "object", "required": ["name", "exposure"], "additionalProperties": false, "properties": { "name": { "title": "API name", "description": "Name of the API, e.g. `feedback-api`.", "type": "string", "minLength": 1 }, "openapi": { "title": "OpenAPI description", "description": "Path of the API's OpenAPI description, relative to this manifest. Required when the API is exposed through the gateway (rule api-without-openapi).", "type": "string", "minLength": 1 }, "exposure": { "title": "Exposure", "description": "How others reach the API: `gateway` (published on the API gateway), `esb` (through the ESB), `internal-only` (not offered to other systems).", "enum": ["gateway", "esb", "internal-only"] } } } }, "consumes": { "title": "Consumed APIs", "description": "APIs this service calls. Each entry covers the calls whose URL starts with `url`.", "type": "array", "items": { "title": "Consumed API", "type": "object", "required": ["name", "url", "via"], "additionalProperties": false, "properties": { "name": { "title": "API name", "description": "A name for the consumed API, e.g. `organisation-api`.", "type": "string", "minLength": 1 }, "url": { "title": "URL prefix", "description": "Absolute http(s) URL prefix this entry covers, e.g. `https://gw.api.helsinki.fi/organisation`. Scheme, default ports and a trailing slash do not matter; the path matches whole segments.", "type": "string", "pattern": "^[hH][tT][tT][pP][sS]?://[^/\\s]+" }, "via": { "title": "Route", "description": "How the service reaches the API: `gateway`, `esb`, or `direct` (point-to-point; needs a waiver). A `gateway` URL must be a gateway host and an `esb` URL an ESB host (rule wrong-route).", "enum": ["gateway", "esb", "direct"] }, "waiver": { "title": "Waiver", "description": "A documented, expiring exception for a direct integration. While valid and unexpired, calls covered by the entry are not reported by no-direct-integration.", "type": "object", "additionalProperties": false, "properties": { "reason": { "title": "Reason", "description": "Why the direct integration is acceptable for now. Required (rule waiver-invalid).", "type": "string" }, "expires": { "title": "Expiry date", "description": "Last day (UTC) the waiver applies, as YYYY-MM-DD; at most `maxWaiverDays` (default 365) ahead. Required (rule waiver-invalid).", "type": "string" }, "ticket": { "title": "Ticket", "description": "Issue or decision record tracking the exception, e.g. `ARCH-123`.", "type": "string" }, "approvedBy": { "title": "Approved by", "description": "Who approved the exception, e.g. `architecture-board`.", "type": "string" } } } } } } } } } };
var func23 = ucs2length3;
var pattern02 = new RegExp("^[^/\\s]+$", "u");
var pattern1 = new RegExp("^[hH][tT][tT][pP][sS]?://[^/\\s]+", "u");
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if ("arch-lint/v1" !== data.apiVersion) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "arch-lint/v1" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (!(data2 === "Service" || data2 === "Gateway")) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema112.properties.kind.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data3 = data.metadata;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.name === void 0) {
          const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "name" || key1 === "owner" || key1 === "description" || key1 === "system")) {
            const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data3.name !== void 0) {
          let data4 = data3.name;
          if (typeof data4 === "string") {
            if (func23(data4) < 1) {
              const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.owner !== void 0) {
          if (typeof data3.owner !== "string") {
            const err11 = { instancePath: instancePath + "/metadata/owner", schemaPath: "#/properties/metadata/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data3.description !== void 0) {
          if (typeof data3.description !== "string") {
            const err12 = { instancePath: instancePath + "/metadata/description", schemaPath: "#/properties/metadata/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.system !== void 0) {
          let data7 = data3.system;
          if (typeof data7 === "string") {
            if (func23(data7) < 1) {
              const err13 = { instancePath: instancePath + "/metadata/system", schemaPath: "#/properties/metadata/properties/system/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/metadata/system", schemaPath: "#/properties/metadata/properties/system/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data8 = data.spec;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key2 in data8) {
          if (!(key2 === "hosts" || key2 === "provides" || key2 === "consumes")) {
            const err16 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data8.hosts !== void 0) {
          let data9 = data8.hosts;
          if (Array.isArray(data9)) {
            const len0 = data9.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data10 = data9[i0];
              if (typeof data10 === "string") {
                if (func23(data10) < 1) {
                  const err17 = { instancePath: instancePath + "/spec/hosts/" + i0, schemaPath: "#/properties/spec/properties/hosts/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
                if (!pattern02.test(data10)) {
                  const err18 = { instancePath: instancePath + "/spec/hosts/" + i0, schemaPath: "#/properties/spec/properties/hosts/items/pattern", keyword: "pattern", params: { pattern: "^[^/\\s]+$" }, message: 'must match pattern "^[^/\\s]+$"' };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/spec/hosts/" + i0, schemaPath: "#/properties/spec/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = { instancePath: instancePath + "/spec/hosts", schemaPath: "#/properties/spec/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data8.provides !== void 0) {
          let data11 = data8.provides;
          if (Array.isArray(data11)) {
            const len1 = data11.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data12 = data11[i1];
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.name === void 0) {
                  const err21 = { instancePath: instancePath + "/spec/provides/" + i1, schemaPath: "#/properties/spec/properties/provides/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (data12.exposure === void 0) {
                  const err22 = { instancePath: instancePath + "/spec/provides/" + i1, schemaPath: "#/properties/spec/properties/provides/items/required", keyword: "required", params: { missingProperty: "exposure" }, message: "must have required property 'exposure'" };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                for (const key3 in data12) {
                  if (!(key3 === "name" || key3 === "openapi" || key3 === "exposure")) {
                    const err23 = { instancePath: instancePath + "/spec/provides/" + i1, schemaPath: "#/properties/spec/properties/provides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data12.name !== void 0) {
                  let data13 = data12.name;
                  if (typeof data13 === "string") {
                    if (func23(data13) < 1) {
                      const err24 = { instancePath: instancePath + "/spec/provides/" + i1 + "/name", schemaPath: "#/properties/spec/properties/provides/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/spec/provides/" + i1 + "/name", schemaPath: "#/properties/spec/properties/provides/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data12.openapi !== void 0) {
                  let data14 = data12.openapi;
                  if (typeof data14 === "string") {
                    if (func23(data14) < 1) {
                      const err26 = { instancePath: instancePath + "/spec/provides/" + i1 + "/openapi", schemaPath: "#/properties/spec/properties/provides/items/properties/openapi/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  } else {
                    const err27 = { instancePath: instancePath + "/spec/provides/" + i1 + "/openapi", schemaPath: "#/properties/spec/properties/provides/items/properties/openapi/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data12.exposure !== void 0) {
                  let data15 = data12.exposure;
                  if (!(data15 === "gateway" || data15 === "esb" || data15 === "internal-only")) {
                    const err28 = { instancePath: instancePath + "/spec/provides/" + i1 + "/exposure", schemaPath: "#/properties/spec/properties/provides/items/properties/exposure/enum", keyword: "enum", params: { allowedValues: schema112.properties.spec.properties.provides.items.properties.exposure.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = { instancePath: instancePath + "/spec/provides/" + i1, schemaPath: "#/properties/spec/properties/provides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/spec/provides", schemaPath: "#/properties/spec/properties/provides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data8.consumes !== void 0) {
          let data16 = data8.consumes;
          if (Array.isArray(data16)) {
            const len2 = data16.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data17 = data16[i2];
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                if (data17.name === void 0) {
                  const err31 = { instancePath: instancePath + "/spec/consumes/" + i2, schemaPath: "#/properties/spec/properties/consumes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (data17.url === void 0) {
                  const err32 = { instancePath: instancePath + "/spec/consumes/" + i2, schemaPath: "#/properties/spec/properties/consumes/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (data17.via === void 0) {
                  const err33 = { instancePath: instancePath + "/spec/consumes/" + i2, schemaPath: "#/properties/spec/properties/consumes/items/required", keyword: "required", params: { missingProperty: "via" }, message: "must have required property 'via'" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                for (const key4 in data17) {
                  if (!(key4 === "name" || key4 === "url" || key4 === "via" || key4 === "waiver")) {
                    const err34 = { instancePath: instancePath + "/spec/consumes/" + i2, schemaPath: "#/properties/spec/properties/consumes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data17.name !== void 0) {
                  let data18 = data17.name;
                  if (typeof data18 === "string") {
                    if (func23(data18) < 1) {
                      const err35 = { instancePath: instancePath + "/spec/consumes/" + i2 + "/name", schemaPath: "#/properties/spec/properties/consumes/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                  } else {
                    const err36 = { instancePath: instancePath + "/spec/consumes/" + i2 + "/name", schemaPath: "#/properties/spec/properties/consumes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data17.url !== void 0) {
                  let data19 = data17.url;
                  if (typeof data19 === "string") {
                    if (!pattern1.test(data19)) {
                      const err37 = { instancePath: instancePath + "/spec/consumes/" + i2 + "/url", schemaPath: "#/properties/spec/properties/consumes/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^[hH][tT][tT][pP][sS]?://[^/\\s]+" }, message: 'must match pattern "^[hH][tT][tT][pP][sS]?://[^/\\s]+"' };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                  } else {
                    const err38 = { instancePath: instancePath + "/spec/consumes/" + i2 + "/url", schemaPath: "#/properties/spec/properties/consumes/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data17.via !== void 0) {
                  let data20 = data17.via;
                  if (!(data20 === "gateway" || data20 === "esb" || data20 === "direct")) {
                    const err39 = { instancePath: instancePath + "/spec/consumes/" + i2 + "/via", schemaPath: "#/properties/spec/properties/consumes/items/properties/via/enum", keyword: "enum", params: { allowedValues: schema112.properties.spec.properties.consumes.items.properties.via.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data17.waiver !== void 0) {
                  let data21 = data17.waiver;
                  if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                    for (const key5 in data21) {
                      if (!(key5 === "reason" || key5 === "expires" || key5 === "ticket" || key5 === "approvedBy")) {
                        const err40 = { instancePath: instancePath + "/spec/consumes/" + i2 + "/waiver", schemaPath: "#/properties/spec/properties/consumes/items/properties/waiver/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                    if (data21.reason !== void 0) {
                      if (typeof data21.reason !== "string") {
                        const err41 = { instancePath: instancePath + "/spec/consumes/" + i2 + "/waiver/reason", schemaPath: "#/properties/spec/properties/consumes/items/properties/waiver/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err41];
                        } else {
                          vErrors.push(err41);
                        }
                        errors++;
                      }
                    }
                    if (data21.expires !== void 0) {
                      if (typeof data21.expires !== "string") {
                        const err42 = { instancePath: instancePath + "/spec/consumes/" + i2 + "/waiver/expires", schemaPath: "#/properties/spec/properties/consumes/items/properties/waiver/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                    if (data21.ticket !== void 0) {
                      if (typeof data21.ticket !== "string") {
                        const err43 = { instancePath: instancePath + "/spec/consumes/" + i2 + "/waiver/ticket", schemaPath: "#/properties/spec/properties/consumes/items/properties/waiver/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    }
                    if (data21.approvedBy !== void 0) {
                      if (typeof data21.approvedBy !== "string") {
                        const err44 = { instancePath: instancePath + "/spec/consumes/" + i2 + "/waiver/approvedBy", schemaPath: "#/properties/spec/properties/consumes/items/properties/waiver/properties/approvedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/spec/consumes/" + i2 + "/waiver", schemaPath: "#/properties/spec/properties/consumes/items/properties/waiver/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
              } else {
                const err46 = { instancePath: instancePath + "/spec/consumes/" + i2, schemaPath: "#/properties/spec/properties/consumes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/spec/consumes", schemaPath: "#/properties/spec/properties/consumes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
  } else {
    const err49 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err49];
    } else {
      vErrors.push(err49);
    }
    errors++;
  }
  validate103.errors = vErrors;
  return errors === 0;
}

// dist/validators/index.js
var validateConfig = config_generated_default;
var validateServiceManifest = service_generated_default;
var validateBaseline = baseline_generated_default;
function firstSchemaError(validator, fallback) {
  const error = validator.errors?.[0];
  return error ? `${error.instancePath || "(top level)"} ${error.message ?? "is invalid"}` : fallback;
}

export {
  validateConfig,
  validateServiceManifest,
  validateBaseline,
  firstSchemaError
};
//# sourceMappingURL=chunk-JHCQOTT6.js.map
