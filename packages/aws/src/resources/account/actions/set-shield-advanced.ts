import { defineAction } from '@c7n-ts/core';
import { SHIELD_REGION } from '../../../common/shield/protections.js';

export default defineAction({
  type: 'set-shield-advanced',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      state: {
        type: 'boolean',
        default: true,
        description:
          'true (the default) subscribes the account to Shield Advanced (CreateSubscription); false ends the subscription (DeleteSubscription).',
      },
    },
  } as const,
  permissions: ['shield:CreateSubscription', 'shield:DeleteSubscription'],
  doc: {
    summary:
      'Subscribe the account to Shield Advanced or end its subscription (in us-east-1). As Cloud Custodian, deleting a subscription that does not exist is not an error.',
    example: '- type: set-shield-advanced\n  state: true',
  },
  reads: () => ['account_id'],
  plan(accounts, opts) {
    if (!accounts.length) return [];
    const resourceIds = accounts.map((a) => String(a.account_id));
    const on = opts.state ?? true;
    return [
      {
        service: 'shield',
        operation: on ? 'CreateSubscription' : 'DeleteSubscription',
        input: {},
        resourceIds,
        region: SHIELD_REGION,
        ...(on ? {} : { okErrors: ['ResourceNotFoundException'] }),
        describe: `${on ? 'subscribe' : 'unsubscribe'} account ${resourceIds.join(', ')} ${on ? 'to' : 'from'} Shield Advanced`,
      },
    ];
  },
});
