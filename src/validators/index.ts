/**
 * JSON-schema validators compiled ahead of time (scripts/compile-validators.mjs, `npm run validators`) from
 * schemas/config.schema.json, schemas/service.schema.json and schemas/baseline.schema.json. A run uses them
 * without loading ajv or compiling a schema; errors are ajv's own objects (instancePath, keyword, params, message).
 */
import type { ErrorObject } from 'ajv';
import validateBaselineSchema from './baseline.generated.js';
import validateConfigSchema from './config.generated.js';
import validateServiceSchema from './service.generated.js';

/**
 * A standalone ajv validator: the call part of ajv's `ValidateFunction`, with `errors` set after each call
 * (null when the data is valid). It has no `schema`/`schemaEnv`: nothing compiled it at run time.
 */
export interface PrecompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** schemas/config.schema.json, ajv options `{ allErrors: true, strict: true, strictTuples: false }`. */
export const validateConfig = validateConfigSchema as PrecompiledValidator;
/** schemas/service.schema.json (architecture.yaml), ajv options `{ allErrors: true, strict: false }`. */
export const validateServiceManifest = validateServiceSchema as PrecompiledValidator;
/** schemas/baseline.schema.json, ajv options `{ allErrors: true, strict: true }`. */
export const validateBaseline = validateBaselineSchema as PrecompiledValidator;

/** What a validator found wrong, from its first error (`<path> <message>`); `fallback` when it gave none. */
export function firstSchemaError(validator: { errors?: ErrorObject[] | null }, fallback: string): string {
  const error = validator.errors?.[0];
  return error ? `${error.instancePath || '(top level)'} ${error.message ?? 'is invalid'}` : fallback;
}

