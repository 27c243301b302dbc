import { defineFilter } from '@c7n-ts/core';
import { providerOf } from '../../../common/filters/fetch-related.js';
import { SHIELD_REGION } from '../../../common/shield/protections.js';
import { errorCode } from '../../../query/errors.js';

const ANNOTATION = 'c7n:ShieldSubscription';

export default defineFilter({
  type: 'shield-enabled',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: false,
        description:
          'true: match when the account subscribes to Shield Advanced; false (the default): when it does not.',
      },
    },
  } as const,
  permissions: ['shield:DescribeSubscription'],
  doc: {
    summary:
      'Accounts by their Shield Advanced subscription (DescribeSubscription in us-east-1; `ResourceNotFoundException` means none), kept under `c7n:ShieldSubscription`.',
    example: '- type: shield-enabled\n  state: false',
  },
  reads: () => [ANNOTATION],
  compile(opts) {
    const state = opts.state ?? false;
    return {
      kind: 'process',
      async process(accounts, ectx) {
        const p = providerOf(ectx);
        let subscription: Record<string, unknown> | null;
        try {
          const out = await p.send('shield', 'DescribeSubscription', {}, SHIELD_REGION);
          subscription = (out.Subscription as Record<string, unknown> | undefined) ?? null;
        } catch (e) {
          if (errorCode(e) !== 'ResourceNotFoundException') throw e;
          subscription = null;
        }
        for (const a of accounts) a[ANNOTATION] = subscription;
        return Boolean(subscription) === state ? accounts : [];
      },
    };
  },
});
