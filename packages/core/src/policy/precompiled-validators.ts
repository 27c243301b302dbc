/**
 * The element option validators the CLI bundle's build compiled (issue 17), looked up by the
 * JSON text of an element's options schema. packages/cli/scripts/validators.mjs replaces this
 * module in the bundle with one that loads the build's validators/<name>.cjs (`validatorName`);
 * there `validate` and `run` compile no element's schema with Ajv, which cost them 5-15 ms for
 * each element a policy names (a value filter's schema the most). Elsewhere (tests, Lambda
 * functions) it is undefined and `optionsValidator` compiles each schema on first use.
 */
import type { ValidateFunction } from 'ajv';

export const precompiledValidator: ((schema: object) => ValidateFunction | undefined) | undefined = undefined;
