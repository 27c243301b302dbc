/**
 * The validator of a policy's own keys (`policySchema`) as the CLI bundle's build compiled it
 * (issue 17). packages/cli/scripts/bundle.mjs replaces this module with Ajv's standalone code for
 * the schema, compiled with `sharedAjv`'s options, so `validate` and `run` do not compile its 20
 * keys at every start (6-15 ms). Elsewhere (tests, Lambda functions) it is undefined and
 * load.ts compiles the schema on first use.
 */
import type { ValidateFunction } from 'ajv';

export const precompiledPolicyShape: ValidateFunction | undefined = undefined;
