import { testAction } from '@c7n-ts/core/testing';
import tables from '../resource.js';
import del from './delete.js';

const resources = [
  { TableName: 'a', TableStatus: 'ACTIVE' },
  { TableName: 'b', TableStatus: 'ACTIVE' },
  { TableName: 'c', TableStatus: 'CREATING' },
];

testAction(del, {
  resourceType: tables,
  valid: [{}, { force: true }],
  invalid: [{ options: { force: 'yes' }, messageId: 'schema' }],
  cases: [
    {
      name: 'DeleteTable per ACTIVE table',
      options: {},
      resources,
      calls: [
        { service: 'dynamodb', operation: 'DeleteTable', input: { TableName: 'a' }, resourceIds: ['a'] },
        { operation: 'DeleteTable', input: { TableName: 'b' }, resourceIds: ['b'] },
      ],
    },
    {
      name: 'force turns deletion protection off first, per batch',
      options: { force: true },
      resources,
      calls: [
        { operation: 'UpdateTable', input: { TableName: 'a', DeletionProtectionEnabled: false } },
        { operation: 'UpdateTable', input: { TableName: 'b', DeletionProtectionEnabled: false } },
        { operation: 'DeleteTable', input: { TableName: 'a' } },
        { operation: 'DeleteTable', input: { TableName: 'b' } },
      ],
    },
  ],
});
