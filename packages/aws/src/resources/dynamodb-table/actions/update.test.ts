import { testAction } from '@c7n-ts/core/testing';
import tables from '../resource.js';
import update from './update.js';

testAction(update, {
  resourceType: tables,
  valid: [
    { BillingMode: 'PAY_PER_REQUEST' },
    { BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } },
    { DeletionProtectionEnabled: true },
  ],
  invalid: [
    { options: { BillingMode: 'ON_DEMAND' }, messageId: 'schema', path: ['BillingMode'] },
    { options: { TableClass: 'STANDARD' }, messageId: 'schema' },
  ],
  cases: [
    {
      name: 'the options are sent as given, to ACTIVE tables only',
      options: { BillingMode: 'PAY_PER_REQUEST', DeletionProtectionEnabled: true },
      resources: [
        { TableName: 'orders', TableStatus: 'ACTIVE' },
        { TableName: 'busy', TableStatus: 'UPDATING' },
      ],
      calls: [
        {
          service: 'dynamodb',
          operation: 'UpdateTable',
          input: { TableName: 'orders', BillingMode: 'PAY_PER_REQUEST', DeletionProtectionEnabled: true },
          resourceIds: ['orders'],
          okErrors: ['TableNotFoundException'],
        },
      ],
    },
  ],
});
