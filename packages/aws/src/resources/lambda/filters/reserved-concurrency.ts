import { defineFilter, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

const ANNOTATION = 'c7n:FunctionInfo';
const KEY = `"${ANNOTATION}".Concurrency.ReservedConcurrentExecutions`;

export default defineFilter({
  type: 'reserved-concurrency',
  resources: ['aws.lambda'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['lambda:GetFunction'],
  doc: {
    summary:
      'Functions by their reserved concurrency: GetFunction per function (kept in `c7n:FunctionInfo`); the value filter options test `Concurrency.ReservedConcurrentExecutions` of it (`key` is always that, as in Cloud Custodian), so `value: absent` finds functions without a reservation.',
    example: '- type: reserved-concurrency\n  value: absent',
  },
  messages: valueMessages,
  // c7n sets the key before validating, so a policy gives none.
  check: (opts) => checkEmbeddedValue({ ...opts, key: KEY }),
  reads: () => ['FunctionArn'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(
      {
        ...valueOptionsOf(opts),
        key: `"${ANNOTATION}".Concurrency.ReservedConcurrentExecutions`,
      } as ValueOptions,
      ctx.baseDir,
    );
    return {
      kind: 'process',
      async process(functions, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        // One call per function in listing order; an error fails the filter, as in c7n.
        for (const f of functions) {
          const out = { ...(await p.send('lambda', 'GetFunction', { FunctionName: f.FunctionArn }, region)) };
          delete out.$metadata;
          delete out.ResponseMetadata;
          f[ANNOTATION] = out;
        }
        const hits = await matcher(functions, ectx);
        return functions.filter((f) => hits.has(f));
      },
    };
  },
});
