import { testAction } from '@c7n-ts/core/testing';
import domains from '../resource.js';
import del from './delete.js';

testAction(del, {
  resourceType: domains,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'DeleteElasticsearchDomain per domain',
      options: {},
      resources: [{ DomainName: 'logs' }],
      calls: [
        {
          service: 'es',
          operation: 'DeleteElasticsearchDomain',
          input: { DomainName: 'logs' },
          resourceIds: ['logs'],
        },
      ],
    },
  ],
});
