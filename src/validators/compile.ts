/**
 * Schemas compiled at run time, for the commands that are not on a scan's path (`format`, `merge`): a scan uses the
 * validators compiled ahead of time (./index.ts) and never loads ajv.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { packageRoot } from '../package-root.js';
import type { PrecompiledValidator } from './index.js';

/** A validator for `schemas/<file>`, or for one of its `definitions`. */
export function compileSchema(file: string, definition?: string): PrecompiledValidator {
  const schema = JSON.parse(readFileSync(new URL(`schemas/${file}`, packageRoot), 'utf8')) as { definitions?: object };
  const ajv = new Ajv({ allErrors: false, strict: false });
  return definition === undefined ? ajv.compile(schema) : ajv.compile({ definitions: schema.definitions, $ref: `#/definitions/${definition}` });
}
