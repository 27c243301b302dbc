import { testAction } from '@c7n-ts/core/testing';
import tables from '../resource.js';
import setStream from './set-stream.js';

const resources = [
  { TableName: 'orders', TableStatus: 'ACTIVE' },
  { TableName: 'old', TableStatus: 'DELETING' },
];

testAction(setStream, {
  resourceType: tables,
  valid: [{ state: true, stream_view_type: 'NEW_IMAGE' }, { state: false }],
  invalid: [{ options: { state: true, view: 'NEW_IMAGE' }, messageId: 'schema' }],
  cases: [
    {
      name: 'enable with a view type; a table not ACTIVE is passed over',
      options: { state: true, stream_view_type: 'NEW_IMAGE' },
      resources,
      calls: [
        {
          service: 'dynamodb',
          operation: 'UpdateTable',
          input: {
            TableName: 'orders',
            StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
          },
          resourceIds: ['orders'],
        },
      ],
    },
    {
      name: 'disable sends no view type',
      options: { state: false },
      resources,
      calls: [
        {
          operation: 'UpdateTable',
          input: { TableName: 'orders', StreamSpecification: { StreamEnabled: false } },
        },
      ],
    },
  ],
});
