import { defineFilter } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { errorCode } from '../../../query/errors.js';

export default defineFilter({
  type: 'securityhub',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      enabled: {
        type: 'boolean',
        description:
          'true (the default): match when Security Hub is enabled in the region; false: when it is not.',
      },
    },
  } as const,
  permissions: ['securityhub:DescribeHub'],
  doc: {
    summary:
      'Accounts by whether Security Hub is enabled in the region (DescribeHub; `InvalidAccessException`, the answer of an account not subscribed, means not enabled).',
    example: '- type: securityhub\n  enabled: false',
  },
  reads: () => [],
  compile(opts) {
    const wanted = opts.enabled ?? true;
    return {
      kind: 'process',
      async process(accounts, ectx) {
        const p = providerOf(ectx);
        let enabled: boolean;
        try {
          const out = { ...(await p.send('securityhub', 'DescribeHub', {}, regionOf(ectx, p))) };
          delete out.$metadata;
          // As c7n: an empty answer counts as not enabled.
          enabled = Object.keys(out).length > 0;
        } catch (e) {
          if (errorCode(e) !== 'InvalidAccessException') throw e;
          enabled = false;
        }
        return enabled === wanted ? accounts : [];
      },
    };
  },
});
