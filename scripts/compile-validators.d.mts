// Types of scripts/compile-validators.mjs, for test/validators (the script itself is plain JavaScript run by node).
export interface ValidatorSpec {
  /** Module name: src/validators/<name>.generated.ts. */
  name: string;
  /** Schema file, relative to the repository root or absolute. */
  schema: string;
  /** ajv options of the call site. */
  options: Record<string, unknown>;
}
export declare const validatorSpecs: readonly ValidatorSpec[];
export declare function compileValidatorModule(spec: ValidatorSpec): string;
export declare function compileValidators(): Map<string, string>;
