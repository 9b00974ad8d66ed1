import Ajv, { type ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import schema from '../../../schemas/ppb.schema.json';

/** Annotation keywords of our schema: the Indonesian texts used by hover and completion. */
export const SCHEMA_ANNOTATIONS = ['x-title-id', 'x-description-id', 'x-enum-descriptions', 'x-enum-descriptions-id'];

function schemaAjv(source: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: true, code: { source } });
  ajv.addVocabulary(SCHEMA_ANNOTATIONS);
  return ajv;
}

/**
 * The validator of `schemas/ppb.schema.json`. Compiling it takes 0.2 to 0.3 s, at every start
 * of the server and of `ppb check`: the bundles replace this module with the validator's code
 * generated at build time by `precompiledSchema()` (scripts/esbuild-plugins.mjs).
 */
export function compileSchema(): ValidateFunction {
  return schemaAjv(false).compile(schema);
}

/** The validator as JavaScript (CommonJS) that exports `compileSchema`, for the bundles. */
export function precompiledSchema(): string {
  const ajv = schemaAjv(true);
  const code = standaloneCode(ajv, ajv.compile(schema));
  return `${code}\nconst precompiled = module.exports;\nmodule.exports = { compileSchema: () => precompiled };\n`;
}
