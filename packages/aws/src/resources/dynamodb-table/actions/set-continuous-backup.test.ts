import { testAction } from '@c7n-ts/core/testing';
import tables from '../resource.js';
import setContinuousBackup from './set-continuous-backup.js';

const resources = [
  { TableName: 'orders', TableStatus: 'ACTIVE' },
  { TableName: 'building', TableStatus: 'CREATING' },
];

testAction(setContinuousBackup, {
  resourceType: tables,
  valid: [{}, { state: false }],
  invalid: [{ options: { state: 'on' }, messageId: 'schema' }],
  cases: [
    {
      name: 'on by default; a table not ACTIVE is passed over',
      options: {},
      resources,
      calls: [
        {
          service: 'dynamodb',
          operation: 'UpdateContinuousBackups',
          input: {
            TableName: 'orders',
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          },
          resourceIds: ['orders'],
          okErrors: ['TableNotFoundException'],
        },
      ],
    },
    {
      name: 'state: false turns it off',
      options: { state: false },
      resources,
      calls: [
        {
          operation: 'UpdateContinuousBackups',
          input: {
            TableName: 'orders',
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false },
          },
        },
      ],
    },
  ],
});
