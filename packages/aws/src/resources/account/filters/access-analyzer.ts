import { defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import {
  checkEmbeddedValue,
  compileItemMatcher,
  valueMessages,
  valueOptionsOf,
  valueProperties,
} from '../../../common/filters/value-over.js';

const ANNOTATION = 'c7n:matched-analyzers';

export default defineFilter({
  type: 'access-analyzer',
  resources: ['aws.account'],
  options: { type: 'object', additionalProperties: false, properties: { ...valueProperties } } as const,
  permissions: ['access-analyzer:ListAnalyzers'],
  doc: {
    summary:
      'Accounts with an IAM Access Analyzer analyzer in the region passing the value filter options (ListAnalyzers: `status`, `type`, `name`...); the analyzers that pass are kept in `c7n:matched-analyzers`, which a later access-analyzer filter narrows instead of listing again, as in Cloud Custodian.',
    example: '- type: access-analyzer\n  key: status\n  value: ACTIVE',
  },
  messages: valueMessages,
  check: (opts) => checkEmbeddedValue(opts),
  reads: () => [ANNOTATION],
  compile(opts, ctx) {
    const matcher = compileItemMatcher(valueOptionsOf(opts) as ValueOptions, ctx.baseDir);
    return {
      kind: 'process',
      async process(accounts, ectx) {
        const account = accounts[0];
        if (!account) return [];
        let analyzers = account[ANNOTATION] as Resource[] | undefined;
        if (!analyzers?.length) {
          const p = providerOf(ectx);
          const out = await p.send('access-analyzer', 'ListAnalyzers', {}, regionOf(ectx, p));
          analyzers = (out.analyzers ?? []) as Resource[];
        }
        const hits = await matcher(analyzers, ectx);
        const matched = analyzers.filter((a) => hits.has(a));
        account[ANNOTATION] = matched;
        return matched.length ? accounts : [];
      },
    };
  },
});
