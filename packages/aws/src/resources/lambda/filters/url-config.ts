import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';
import { errorCode } from '../../../query/errors.js';

const ANNOTATION = 'c7n:UrlConfig';

export default defineFilter({
  type: 'url-config',
  resources: ['aws.lambda'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['lambda:GetFunctionUrlConfig'],
  doc: {
    summary:
      'Functions by their function URL configuration: GetFunctionUrlConfig per function (kept in `c7n:UrlConfig`, `{}` for a function without a URL), which the value filter options test.',
    example: '- type: url-config\n  key: AuthType\n  value: NONE',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => ['FunctionArn'],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(functions, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        for (const f of functions) {
          try {
            const out = {
              ...(await p.send('lambda', 'GetFunctionUrlConfig', { FunctionName: f.FunctionArn }, region)),
            };
            delete out.$metadata;
            delete out.ResponseMetadata;
            f[ANNOTATION] = out;
          } catch (e) {
            if (errorCode(e) !== 'ResourceNotFoundException') throw e;
            f[ANNOTATION] = {};
          }
        }
        const configs = functions.map((f) => f[ANNOTATION] as Resource);
        const hits = await matcher(configs, ectx);
        return functions.filter((_, i) => hits.has(configs[i] as Resource));
      },
    };
  },
});
