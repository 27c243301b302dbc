import { testAction } from '@c7n-ts/core/testing';
import groups from '../resource.js';
import putSubscriptionFilter from './put-subscription-filter.js';

const lambda = 'arn:aws:lambda:us-east-1:123456789012:function:forwarder';

testAction(putSubscriptionFilter, {
  resourceType: groups,
  valid: [{ filter_name: 'f', destination_arn: lambda }],
  invalid: [
    { options: { filter_name: 'f' }, messageId: 'schema' },
    {
      options: { filter_name: 'f', destination_arn: lambda, distribution: 'Even' },
      messageId: 'schema',
      path: ['distribution'],
    },
  ],
  cases: [
    {
      name: "Cloud Custodian's defaults: every event, by log stream",
      options: { filter_name: 'to-forwarder', destination_arn: lambda },
      resources: [{ logGroupName: 'a' }],
      calls: [
        {
          service: 'logs',
          operation: 'PutSubscriptionFilter',
          input: {
            logGroupName: 'a',
            filterName: 'to-forwarder',
            filterPattern: '',
            destinationArn: lambda,
            distribution: 'ByLogStream',
          },
          resourceIds: ['a'],
        },
      ],
    },
    {
      name: 'with a pattern, random distribution and a role',
      options: {
        filter_name: 'to-stream',
        filter_pattern: 'ERROR',
        destination_arn: 'arn:aws:logs:us-east-1:123456789012:destination:central',
        distribution: 'Random',
        role_arn: 'arn:aws:iam::123456789012:role/logs-delivery',
      },
      resources: [{ logGroupName: 'b' }],
      calls: [
        {
          operation: 'PutSubscriptionFilter',
          input: {
            logGroupName: 'b',
            filterName: 'to-stream',
            filterPattern: 'ERROR',
            destinationArn: 'arn:aws:logs:us-east-1:123456789012:destination:central',
            distribution: 'Random',
            roleArn: 'arn:aws:iam::123456789012:role/logs-delivery',
          },
        },
      ],
    },
  ],
});
